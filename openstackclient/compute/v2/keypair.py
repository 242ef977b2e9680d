"""Compute v2 key pairs: create (generate or import), delete, list, show.

A key pair is named per user; Nova keeps only the public half. A key
generated here is made locally (ssh-ed25519) so the private key never
crosses the network.
"""

import os

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

LIST_COLUMNS = (
    Column('name', 'Name'),
    Column('fingerprint', 'Fingerprint'),
)
TYPE_COLUMN = Column('type', 'Type')

SHOW_COLUMNS = (
    Column('created_at', 'created_at'),
    Column('fingerprint', 'fingerprint'),
    Column('id', 'id'),
    Column('is_deleted', 'is_deleted'),
    Column('name', 'name'),
    Column('private_key', 'private_key'),
    Column('type', 'type'),
    Column('user_id', 'user_id'),
)
CREATE_COLUMNS = tuple(c for c in SHOW_COLUMNS if c.attr != 'private_key')


def generate_keypair():
    """``(public OpenSSH line, private key in OpenSSH PEM)``: ed25519."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH,
        serialization.PublicFormat.OpenSSH).decode()
    return public, private


def _add_user_option(parser, help):
    parser.add_argument('--user', metavar='<user>', help=help)
    common.add_project_domain_option(parser, 'user')


def _user_query(app, parsed_args):
    """``{'user_id': ...}`` for ``--user`` (2.10), else {}."""
    if not parsed_args.user:
        return {}
    common.require(app, '2.10', '--user')
    return {'user_id': common.user_id(app, parsed_args.user,
                                      parsed_args.user_domain)}


def _write_private(path, text):
    path = os.path.expanduser(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, 'w') as stream:
            stream.write(text)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise errors.CommandError(
            f'Key file {path} can not be saved: {exc.strerror}') from exc


class CreateKeypair(base.ShowOne):
    """Create new public or private key for server ssh access"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New public or private key name')
        key = parser.add_mutually_exclusive_group()
        key.add_argument(
            '--public-key', metavar='<file>',
            help='Filename for public key to add. If not used, generates a '
                 'private key in ssh-ed25519 format (for other formats, '
                 'make the key with ssh-keygen and give this option)')
        key.add_argument(
            '--private-key', metavar='<file>',
            help='Filename for private key to save (mode 0600). If not '
                 'used, print private key in console.')
        parser.add_argument(
            '--type', metavar='<type>', choices=['ssh', 'x509'],
            help='Keypair type (supported by --os-compute-api-version 2.2 '
                 'or above)')
        _add_user_option(
            parser, 'The owner of the keypair (admin only) (name or ID) '
                    '(supported by --os-compute-api-version 2.10 or above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        attrs = {'name': args.name}
        if args.type:
            common.require(self.app, '2.2', '--type')
            attrs['key_type'] = args.type
        attrs.update(_user_query(self.app, args))
        private = None
        if args.public_key:
            path = os.path.expanduser(args.public_key)
            try:
                with open(path) as stream:
                    attrs['public_key'] = stream.read()
            except OSError as exc:
                raise errors.CommandError(
                    f'Key file {args.public_key} not found: '
                    f'{exc.strerror}') from exc
        else:
            attrs['public_key'], private = generate_keypair()
        keypair = compute.create_keypair(**attrs)
        if private is not None and not args.private_key:
            self.app.stdout.write(private)
            return (), ()
        if args.private_key:
            _write_private(args.private_key, private)
        return cols.show(keypair, CREATE_COLUMNS)


class DeleteKeypair(multi.MultiResourceAction):
    """Delete public or private key(s)"""

    resource = 'key'
    verb, past = 'delete', 'deleted'
    named_by = 'name only'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_user_option(
            parser, 'The owner of the keypair (admin only) (name or ID) '
                    '(supported by --os-compute-api-version 2.10 or above)')
        return parser

    def prepare(self, parsed_args):
        self._query = _user_query(self.app, parsed_args)

    def act(self, parsed_args, name_or_id):
        compute = common.client(self.app)
        keypair = common.find(compute, 'keypair', name_or_id, kind='key',
                              **self._query)
        compute.delete_keypair(keypair.name, ignore_missing=False,
                               **self._query)


class ListKeypair(base.Lister):
    """List key fingerprints"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        who = parser.add_mutually_exclusive_group()
        who.add_argument(
            '--user', metavar='<user>',
            help='Show keypairs for another user (admin only) (name or ID) '
                 '(supported by --os-compute-api-version 2.10 or above)')
        who.add_argument(
            '--project', metavar='<project>',
            help='Show keypairs for all users associated with project '
                 '(admin only) (name or ID) (supported by '
                 '--os-compute-api-version 2.10 or above)')
        common.add_project_domain_option(parser, 'user')
        common.add_project_domain_option(parser)
        common.add_marker_pagination(parser, 'keypairs')
        return parser

    def _keypairs(self, compute, args):
        query = {}
        if args.limit is not None or args.marker:
            # The SDK's key pairs stop at 2.10: paging needs 2.35 sent.
            compute = common.client_at(self.app, '2.35',
                                       '--limit and --marker')
            query = common.page_query(args)
        if args.project:
            common.require(self.app, '2.10', '--project')
            if args.marker:
                raise errors.UsageError(
                    '--project is not compatible with --marker')
            project = common.project_id(self.app, args.project,
                                        args.project_domain)
            identity = self.app.client_manager.identity
            users = sorted({
                a.user['id']
                for a in identity.role_assignments(scope_project_id=project)
                if a.user})
            keypairs = []
            for user in users:
                keypairs.extend(compute.keypairs(user_id=user, **query))
            return keypairs
        query.update(_user_query(self.app, args))
        return compute.keypairs(**query)

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        specs = list(LIST_COLUMNS)
        if common.supports(self.app, '2.2'):
            specs.append(TYPE_COLUMN)
        keypairs = self._keypairs(compute, parsed_args)
        return cols.labels(specs), (cols.row(k, specs) for k in keypairs)


class ShowKeypair(base.ShowOne):
    """Display key details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<key>',
                            help='Public or private key to display (name '
                                 'only)')
        parser.add_argument('--public-key', action='store_true',
                            default=False,
                            help='Show only bare public key paired with the '
                                 'generated key')
        _add_user_option(
            parser, 'The owner of the keypair (admin only) (name or ID) '
                    '(supported by --os-compute-api-version 2.10 or above)')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        keypair = common.find(compute, 'keypair', parsed_args.name,
                              kind='key',
                              **_user_query(self.app, parsed_args))
        if parsed_args.public_key:
            self.app.stdout.write(keypair.public_key)
            return (), ()
        return cols.show(keypair, SHOW_COLUMNS)
