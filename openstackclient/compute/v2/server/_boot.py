"""How ``server create`` describes disks and NICs: parsing and requests.

Parsing (argparse actions, with OSC's syntax):

``NicAction``
    ``--nic net-id=..,port-id=..,v4-fixed-ip=..,v6-fixed-ip=..,tag=..``,
    ``--nic auto|none``; with ``key`` (``--network x`` / ``--port x``)
    the value is that one key. Appends a dict (or 'auto'/'none') to
    ``nics``.
``EphemeralAction``
    ``--ephemeral size=<GiB>[,format=<format>]``.
``LegacyMappingAction``
    ``--block-device-mapping vdb=<id>[:type[:size[:delete]]]``.
``BlockDeviceAction``
    ``--block-device key=value,...`` or the path of a JSON file.

Requests (each looks names up and returns what Nova's API takes):

``block_device_mapping(app, args, image)``
    ``block_device_mapping_v2`` for the boot source, swap, ephemerals and
    extra devices; fails unless one device boots (boot_index 0).
``networks(app, nics)``
    ``networks``: a list of ``{uuid, port, fixed_ip, tag}`` or
    'auto'/'none' (2.37+).
"""

import argparse
import json
import os

from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.compute.v2 import common

NIC_KEYS = ('net-id', 'port-id', 'v4-fixed-ip', 'v6-fixed-ip', 'tag')
BDM_KEYS = ('uuid', 'source_type', 'destination_type', 'disk_bus',
            'device_type', 'device_name', 'volume_size', 'guest_format',
            'boot_index', 'delete_on_termination', 'tag', 'volume_type')
SOURCE_TYPES = ('volume', 'image', 'snapshot', 'blank')
DESTINATION_TYPES = ('local', 'volume')
_TRUE = ('1', 't', 'true', 'on', 'y', 'yes')
_FALSE = ('0', 'f', 'false', 'off', 'n', 'no')


def _append(namespace, dest, item):
    items = list(getattr(namespace, dest, None) or [])
    items.append(item)
    setattr(namespace, dest, items)


class NicAction(argparse.Action):
    """``--nic``/``--network``/``--port``: see the module docstring."""

    def __init__(self, option_strings, dest, key=None, **kwargs):
        self.key = key
        kwargs.setdefault('default', [])
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if self.key:
            if ',' in values or '=' in values:
                raise argparse.ArgumentError(
                    self, f"'{values}': ',' and '=' are not allowed here")
            nic = {self.key: values}
        elif values in ('auto', 'none'):
            _append(namespace, self.dest, values)
            return
        else:
            nic = {}
            for pair in values.split(','):
                key, _, value = pair.partition('=')
                if key not in NIC_KEYS or not value:
                    raise argparse.ArgumentError(
                        self, f"'{values}': expected 'net-id=<network>,"
                        "port-id=<port>,v4-fixed-ip=<ip>,v6-fixed-ip=<ip>,"
                        "tag=<tag>' (or 'auto' or 'none')")
                nic[key] = value
            if 'net-id' in nic and 'port-id' in nic:
                raise argparse.ArgumentError(
                    self, f"'{values}': give net-id or port-id, not both")
            if 'v4-fixed-ip' in nic and 'v6-fixed-ip' in nic:
                raise argparse.ArgumentError(
                    self, f"'{values}': give v4-fixed-ip or v6-fixed-ip, "
                          'not both')
        _append(namespace, self.dest, nic)


class ConstNicAction(argparse.Action):
    """``--no-network`` / ``--auto-network``: the nic 'none' / 'auto'."""

    def __init__(self, option_strings, dest, const, **kwargs):
        kwargs.setdefault('default', [])
        super().__init__(option_strings, dest, nargs=0, const=const,
                         **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        _append(namespace, self.dest, self.const)


class EphemeralAction(argparse.Action):
    """``--ephemeral size=<GiB>[,format=<format>]``."""

    def __call__(self, parser, namespace, values, option_string=None):
        spec = {}
        for pair in values.split(','):
            key, sep, value = pair.partition('=')
            if not sep or key not in ('size', 'format'):
                spec = None
                break
            spec[key] = value
        if not spec or not spec.get('size'):
            raise argparse.ArgumentError(
                self, f"'{values}': expected 'size=<size>[,format=<format>]'")
        _append(namespace, self.dest, spec)


class LegacyMappingAction(argparse.Action):
    """``--block-device-mapping <dev-name>=<id>[:type[:size[:delete]]]``."""

    def __call__(self, parser, namespace, values, option_string=None):
        device, _, spec = values.partition('=')
        parts = spec.split(':') if spec else []
        if not device or not parts or len(parts) > 4:
            raise argparse.ArgumentError(
                self, f"'{values}': expected "
                "'<dev-name>=<id>[:<type>[:<size>[:<delete-on-terminate>]]]'")
        parts += [''] * (4 - len(parts))
        source = parts[1] or 'volume'
        if source not in ('volume', 'snapshot', 'image'):
            raise argparse.ArgumentError(
                self, f"'{values}': the type must be volume, snapshot or "
                      'image')
        mapping = {'device_name': device, 'uuid': parts[0],
                   'source_type': source, 'destination_type': 'volume'}
        if parts[2]:
            mapping['volume_size'] = parts[2]
        if parts[3]:
            mapping['delete_on_termination'] = parts[3]
        _append(namespace, self.dest, mapping)


class BlockDeviceAction(argparse.Action):
    """``--block-device key=value,...`` or a JSON file of those keys."""

    def __call__(self, parser, namespace, values, option_string=None):
        if os.path.exists(values):
            try:
                with open(values) as stream:
                    mapping = json.load(stream)
            except (OSError, ValueError) as exc:
                raise argparse.ArgumentError(
                    self, f"cannot read '{values}': {exc}")
            if not isinstance(mapping, dict):
                raise argparse.ArgumentError(
                    self, f"'{values}' must hold one JSON object")
        else:
            mapping = {}
            for pair in values.split(','):
                key, sep, value = pair.partition('=')
                if not sep:
                    raise argparse.ArgumentError(
                        self, f"'{values}': expected key=value pairs")
                mapping[key] = value
        unknown = sorted(set(mapping) - set(BDM_KEYS))
        if unknown:
            raise argparse.ArgumentError(
                self, f"unknown key(s) {', '.join(unknown)}; valid keys are: "
                      f"{', '.join(BDM_KEYS)}")
        _append(namespace, self.dest, mapping)


def _bool(value, what):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise errors.UsageError(f'{what} must be true or false, got '
                            f"'{value}'")


def _volume_id(app, kind, name_or_id):
    volume = app.client_manager.volume
    return lookup.find_on(volume, kind, name_or_id,
                          kind='volume snapshot' if kind == 'snapshot'
                          else 'volume').id


def _image_id(app, name_or_id):
    return lookup.find_on(app.client_manager.image, 'image', name_or_id).id


def _source_id(app, source, name_or_id):
    if source == 'image':
        return _image_id(app, name_or_id)
    if source in ('volume', 'snapshot'):
        return _volume_id(app, source, name_or_id)
    return name_or_id


def _boot_source(app, args, image):
    """The boot-index-0 device of --image/--volume/--snapshot."""
    if args.boot_from_volume:
        return {'uuid': image.id, 'boot_index': 0, 'source_type': 'image',
                'destination_type': 'volume',
                'volume_size': args.boot_from_volume,
                'delete_on_termination': args.delete_on_termination}
    if image is not None:
        return {'uuid': image.id, 'boot_index': 0, 'source_type': 'image',
                'destination_type': 'local', 'delete_on_termination': True}
    if args.volume:
        return {'uuid': _volume_id(app, 'volume', args.volume),
                'boot_index': 0, 'source_type': 'volume',
                'destination_type': 'volume'}
    if args.snapshot:
        return {'uuid': _volume_id(app, 'snapshot', args.snapshot),
                'boot_index': 0, 'source_type': 'snapshot',
                'destination_type': 'volume',
                'delete_on_termination': False}
    return None


def _block_device(app, mapping):
    """Check and complete one ``--block-device``."""
    mapping = dict(mapping)
    if 'boot_index' in mapping:
        try:
            mapping['boot_index'] = int(mapping['boot_index'])
        except (TypeError, ValueError):
            raise errors.UsageError(
                'The boot_index key of --block-device must be an integer')
    if 'tag' in mapping:
        common.require(app, '2.42', 'The tag key of --block-device')
    if 'volume_type' in mapping:
        common.require(app, '2.67', 'The volume_type key of --block-device')
    source = mapping.setdefault('source_type', 'blank')
    if source not in SOURCE_TYPES:
        raise errors.UsageError(
            'The source_type key of --block-device must be one of: '
            + ', '.join(SOURCE_TYPES))
    destination = mapping.setdefault(
        'destination_type', 'local' if source == 'blank' else 'volume')
    if destination not in DESTINATION_TYPES:
        raise errors.UsageError(
            'The destination_type key of --block-device must be one of: '
            + ', '.join(DESTINATION_TYPES))
    if 'delete_on_termination' in mapping:
        mapping['delete_on_termination'] = _bool(
            mapping['delete_on_termination'],
            'The delete_on_termination key of --block-device')
    elif destination == 'local':
        mapping['delete_on_termination'] = True
    if mapping.get('uuid'):
        mapping['uuid'] = _source_id(app, source, mapping['uuid'])
    return mapping


def block_device_mapping(app, args, image):
    """``block_device_mapping_v2`` for ``server create``'s arguments."""
    devices = []
    boot = _boot_source(app, args, image)
    if boot:
        devices.append(boot)
    if args.swap:
        devices.append({'boot_index': -1, 'source_type': 'blank',
                        'destination_type': 'local', 'guest_format': 'swap',
                        'volume_size': args.swap,
                        'delete_on_termination': True})
    for ephemeral in args.ephemerals:
        device = {'boot_index': -1, 'source_type': 'blank',
                  'destination_type': 'local', 'delete_on_termination': True,
                  'volume_size': ephemeral['size']}
        if ephemeral.get('format'):
            device['guest_format'] = ephemeral['format']
        devices.append(device)
    for mapping in args.block_device_mapping:
        mapping = dict(mapping)
        mapping['uuid'] = _source_id(app, mapping['source_type'],
                                     mapping['uuid'])
        if 'delete_on_termination' in mapping:
            mapping['delete_on_termination'] = _bool(
                mapping['delete_on_termination'],
                'The delete-on-terminate part of --block-device-mapping')
        devices.append(mapping)
    devices += [_block_device(app, mapping) for mapping in args.block_devices]
    if not any(device.get('boot_index') == 0 for device in devices):
        raise errors.UsageError(
            'An image (--image, --image-property) or bootable volume '
            '(--volume, --snapshot, --block-device) is required')
    return devices


def networks(app, nics):
    """Nova's ``networks`` for the parsed ``--nic``/``--network``/...;
    None when none were given and the API has no 'auto' (before 2.37)."""
    if 'auto' in nics or 'none' in nics:
        if len(nics) > 1:
            raise errors.UsageError(
                'A --nic of auto or none cannot be used with any other '
                '--nic, --network or --port value')
        common.require(app, '2.37', '--nic auto/none (--auto-network, '
                                    '--no-network)')
        return nics[0]
    if not nics:
        return 'auto' if common.supports(app, '2.37') else None
    network = app.client_manager.network
    result = []
    for nic in nics:
        entry = {}
        if nic.get('tag'):
            common.require(app, '2.43', 'The tag of --nic')
            entry['tag'] = nic['tag']
        if nic.get('net-id'):
            entry['uuid'] = lookup.find_on(network, 'network',
                                           nic['net-id']).id
        if nic.get('port-id'):
            entry['port'] = lookup.find_on(network, 'port',
                                           nic['port-id']).id
        fixed = nic.get('v4-fixed-ip') or nic.get('v6-fixed-ip')
        if fixed:
            entry['fixed_ip'] = fixed
        result.append(entry)
    return result
