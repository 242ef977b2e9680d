"""``--timing``: each API request and its time, after the command output."""


def rows(timings):
    """(label, seconds) rows and a total from keystoneauth RequestTiming."""
    result = []
    total = 0.0
    for t in timings:
        seconds = t.elapsed.total_seconds()
        total += seconds
        result.append((f'{t.method} {t.url}', round(seconds, 3)))
    result.append(('Total', round(total, 3)))
    return result


def emit(timings, stdout, table_format='table'):
    """Print as OSC does: a table, or csv when the command's output isn't."""
    data = rows(timings)
    stdout.write('\n')
    if table_format == 'table':
        import prettytable

        table = prettytable.PrettyTable(['URL', 'Seconds'])
        table.align['URL'] = 'l'
        for row in data:
            table.add_row(row)
        stdout.write(table.get_string() + '\n')
    else:
        stdout.write('"URL","Seconds"\n')
        for url, seconds in data:
            stdout.write(f'"{url}",{seconds}\n')
