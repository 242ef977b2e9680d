"""Network v2 meter rules (metering label rules): which traffic, by
direction and IP prefix, a meter counts or leaves out."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import network_meter

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('is_excluded', 'Excluded'),
    Column('direction', 'Direction'),
    Column('remote_ip_prefix', 'Remote IP Prefix'),
    Column('source_ip_prefix', 'Source IP Prefix'),
    Column('destination_ip_prefix', 'Destination IP Prefix'),
)
RENAMES = {'is_excluded': 'excluded'}


class CreateMeterRule(base.ShowOne):
    """Create a new meter rule"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_project_options(parser)
        common.add_toggle(parser, '--exclude', '--include', 'excluded',
                          'Exclude remote IP prefix from traffic count',
                          'Include remote IP prefix from traffic count '
                          '(default)')
        group = parser.add_mutually_exclusive_group()
        for direction, what in (('ingress', 'incoming'),
                                ('egress', 'outgoing')):
            group.add_argument(
                f'--{direction}', dest='direction', action='store_const',
                const=direction, default='ingress',
                help=f'Apply rule to {what} network traffic'
                     + (' (default)' if direction == 'ingress' else ''))
        for option, what in (('remote', 'Remote'), ('source', 'Source'),
                             ('destination', 'Destination')):
            parser.add_argument(
                f'--{option}-ip-prefix', metavar=f'<{option}-ip-prefix>',
                help=f'{what} IP prefix to match (CIDR)')
        parser.add_argument('meter', metavar='<meter>',
                            help='Label to associate with this metering rule '
                                 '(name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        meter = network_meter.find_meter(network, parsed_args.meter)
        attrs = common.changed(
            metering_label_id=meter.id, is_excluded=parsed_args.excluded,
            direction=parsed_args.direction,
            remote_ip_prefix=parsed_args.remote_ip_prefix,
            source_ip_prefix=parsed_args.source_ip_prefix,
            destination_ip_prefix=parsed_args.destination_ip_prefix,
            project_id=common.project_id(self.app, parsed_args))
        return common.fields(network.create_metering_label_rule(**attrs),
                             RENAMES)


class DeleteMeterRule(common.NetworkDelete):
    """Delete meter rule(s)"""

    resource = 'network meter rule'
    sdk_resource = 'metering_label_rule'
    metavar = '<meter-rule-id>'
    named_by = 'ID'


class ListMeterRule(common.Paginated, base.ResourceLister):
    """List meter rules"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).metering_label_rules(
            **pagination.query(parsed_args))


class ShowMeterRule(base.ShowOne):
    """Display meter rules details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('meter_rule_id', metavar='<meter-rule-id>',
                            help='Meter rule (ID only)')
        return parser

    def take_action(self, parsed_args):
        rule = common.find(common.client(self.app), 'metering_label_rule',
                           parsed_args.meter_rule_id,
                           kind='network meter rule')
        return common.fields(rule, RENAMES)
