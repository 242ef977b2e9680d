"""Block storage v3 QoS specifications: create, delete, list, set, show,
unset, and their association with volume types.

A QoS spec is a set of limits (``--property total_iops_sec=500``) that
the front end (Nova), the back end (the driver) or both enforce on the
volumes of the volume types it is associated with.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.volume.v3 import common
from openstackclient.volume.v3 import volume_type as _volume_type

CONSUMERS = ('front-end', 'back-end', 'both')


def find_qos(volume, name_or_id):
    """The QoS specification with this name or ID."""
    return common.find(volume, 'qos_spec', name_or_id,
                       kind='QoS specification')


def _associations(volume, qos):
    return [item.name for item in volume.qos_spec_associations(qos.id)]


def qos_fields(qos, associations=None):
    """``(labels, values)`` as OSC shows one QoS spec (``associations``
    only when there are some)."""
    labels = ('consumer', 'id', 'name', 'properties')
    values = (qos.consumer, qos.id, qos.name,
              cols.DictColumn(qos.specs or {}))
    if associations:
        return (('associations',) + labels,
                (cols.ListColumn(associations),) + values)
    return labels, values


def _add_qos_argument(parser, help):
    parser.add_argument('qos_spec', metavar='<qos-spec>', help=help)


class AssociateQos(base.Command):
    """Associate a QoS specification to a volume type"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_qos_argument(parser, 'QoS specification to modify (name or ID)')
        parser.add_argument('volume_type', metavar='<volume-type>',
                            help='Volume type to associate the QoS '
                                 'specification with (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = find_qos(volume, parsed_args.qos_spec)
        volume_type = _volume_type.find_type(volume, parsed_args.volume_type)
        volume.associate_qos_spec(qos.id, volume_type.id)


class CreateQos(base.ShowOne):
    """Create new QoS specification"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New QoS specification name')
        parser.add_argument(
            '--consumer', metavar='<consumer>', choices=CONSUMERS,
            default='both',
            help='Consumer of the QoS: "front-end", "back-end" or "both" '
                 '(default: both)')
        properties.add_property_option(
            parser, 'Set a QoS specification property (repeat option to '
                    'set multiple properties)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = volume.create_qos_spec(name=parsed_args.name,
                                     consumer=parsed_args.consumer,
                                     **(parsed_args.properties or {}))
        return qos_fields(qos)


class DeleteQos(multi.MultiResourceAction):
    """Delete QoS specification"""

    resource = 'QoS specification'
    metavar = '<qos-spec>'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--force', action='store_true',
            help='Allow to delete in-use QoS specification(s)')
        return parser

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        qos = find_qos(volume, name_or_id)
        volume.delete_qos_spec(qos.id, ignore_missing=False,
                               force=parsed_args.force)


class DisassociateQos(base.Command):
    """Disassociate a QoS specification from a volume type"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_qos_argument(parser, 'QoS specification to modify (name or ID)')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--volume-type', metavar='<volume-type>',
                           help='Volume type to disassociate the QoS '
                                'specification from (name or ID)')
        group.add_argument('--all', action='store_true',
                           help='Disassociate the QoS specification from '
                                'all volume types')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = find_qos(volume, parsed_args.qos_spec)
        if parsed_args.volume_type:
            volume_type = _volume_type.find_type(volume,
                                                 parsed_args.volume_type)
            volume.disassociate_qos_spec(qos.id, volume_type.id)
        elif parsed_args.all:
            volume.disassociate_all_qos_spec(qos.id)


class ListQos(base.Lister):
    """List QoS specifications"""

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        rows = [
            (qos.id, qos.name, qos.consumer,
             cols.ListColumn(_associations(volume, qos)),
             cols.DictColumn(qos.specs or {}))
            for qos in volume.qos_specs()]
        return ('ID', 'Name', 'Consumer', 'Associations', 'Properties'), rows


class SetQos(base.Command):
    """Set QoS specification properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_qos_argument(parser, 'QoS specification to modify (name or ID)')
        properties.add_property_option(
            parser, what='QoS specification', allow_clear=True)
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = find_qos(volume, parsed_args.qos_spec)
        to_set, to_delete = properties.changes(
            qos.specs, parsed_args.properties,
            clear=parsed_args.no_property)
        if to_delete:
            volume.delete_qos_spec_metadata(qos.id, to_delete)
        if to_set:
            volume.update_qos_spec(qos.id, **to_set)


class ShowQos(base.ShowOne):
    """Display QoS specification details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_qos_argument(parser, 'QoS specification to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = find_qos(volume, parsed_args.qos_spec)
        return qos_fields(qos, _associations(volume, qos))


class UnsetQos(base.Command):
    """Unset QoS specification properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_qos_argument(parser, 'QoS specification to modify (name or ID)')
        parser.add_argument(
            '--property', metavar='<key>', action='append',
            dest='properties', default=[],
            help='Property to remove from the QoS specification (repeat '
                 'option to unset multiple properties)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        qos = find_qos(volume, parsed_args.qos_spec)
        if parsed_args.properties:
            volume.delete_qos_spec_metadata(qos.id, parsed_args.properties)
