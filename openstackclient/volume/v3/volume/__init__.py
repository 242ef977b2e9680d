"""Block storage v3 volumes: one module per group of commands.

``create`` (volume create), ``list`` (volume list), ``show`` (volume show,
volume summary), ``set`` (volume set, volume unset), ``delete`` (volume
delete) and ``actions`` (volume migrate, volume revert). Entry points name
the modules directly, so a command loads only its own.
"""
