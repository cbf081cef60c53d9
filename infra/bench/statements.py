#!/usr/bin/env python3
"""The SQL one request issued, as PostgreSQL logged it, written as a pgbench script.

    statements.py LOG OFFSET SCRIPT

LOG is PostgreSQL's server log, written with log_statement = all and the default
log_line_prefix ('%m [%p] '); OFFSET is its size in bytes before the requests were sent. Every
request binds the tenant to its connection first and clears it last (README, "Tenancy"), so a
request's statements are those of one server process from a bind with a tenant to the next clear.
Of the requests found after OFFSET the one with the fewest statements is written (an access check
falling due adds its own reads to one request in many; the benchmark measures the common one),
each statement on a line of its own, ending in ';', its parameters as pgbench variables :p1, :p2...
(an empty string, the clear's, written in place as '', since pgbench takes no empty -D value). The
variables' values go to SCRIPT + '.vars', one 'name=value' a line, for pgbench's -D. Prints
the number of statements of each request found, and fails if none was.
"""
import re
import sys

LINE = re.compile(r'^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):  (.*)$')
EXECUTE = re.compile(r'^execute [^:]+: (.*)$')
PARAMETER = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')")
BIND = "select set_config('app.tenant_id', $1, false)"


def entries(text):
    """(pid, sql, {n: value}) for each statement executed, in the log's order."""
    out = []
    for raw in text.splitlines():
        m = LINE.match(raw)
        if not m:
            continue
        pid, kind, rest = m.group(1), m.group(2), m.group(3)
        if kind == 'LOG':
            e = EXECUTE.match(rest)
            if e:
                out.append([pid, e.group(1), {}])
        elif kind == 'DETAIL' and rest.startswith('parameters: ') and out and out[-1][0] == pid:
            out[-1][2] = {int(n): (None if v == 'NULL' else q.replace("''", "'"))
                          for n, v, q in PARAMETER.findall(rest)}
    return out


def requests(found):
    """Each request's statements: from a bind with a tenant to the same process's clear."""
    open_by_pid, done = {}, []
    for pid, sql, values in found:
        binding = sql.strip() == BIND
        if binding and values.get(1):
            open_by_pid[pid] = [(sql, values)]
        elif pid in open_by_pid:
            open_by_pid[pid].append((sql, values))
            if binding:
                done.append(open_by_pid.pop(pid))
    return done


def script(statements):
    """The pgbench script and its variables: every parameter a variable, the same value the same variable."""
    names, lines = {}, []
    for sql, values in statements:
        def variable(m):
            value = values.get(int(m.group(1)))
            if value is None:
                return 'null'
            if value == '':
                return "''"  # pgbench refuses an empty -D value; the clear's '' is written in the statement
            if value not in names:
                names[value] = 'p%d' % (len(names) + 1)
            return ':' + names[value]
        lines.append(re.sub(r'\$(\d+)\b', variable, sql) + ';')
    return lines, {name: value for value, name in names.items()}


def main(log, offset, target):
    with open(log, 'rb') as f:
        f.seek(int(offset))
        text = f.read().decode('utf-8', 'replace')
    found = requests(entries(text))
    if not found:
        sys.exit('statements.py: no request found in %s after byte %s (is log_statement = all?)' % (log, offset))
    chosen = min(found, key=len)
    lines, variables = script(chosen)
    with open(target, 'w') as f:
        f.write('-- written by infra/bench/statements.py from PostgreSQL\'s log of one request\n')
        f.write('\n'.join(lines) + '\n')
    with open(target + '.vars', 'w') as f:
        f.write(''.join('%s=%s\n' % kv for kv in variables.items()))
    print(' '.join(str(len(r)) for r in found))


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
