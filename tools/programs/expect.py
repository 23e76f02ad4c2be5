#!/usr/bin/env python3
"""Runs a program built from src/test/resources/programs and writes its NAME.expect sidecar.

Called by record.sh; see README.md there for the .expect format.
usage: expect.py SOURCE.asm EXECUTABLE OUTPUT.expect HEADER-COMMENT
"""
import subprocess
import sys

TIMEOUT_SECONDS = 10


def quote(data):
    """Bytes as a double-quoted string: printable ASCII as is, \\\\ \\" \\n \\t \\r, else \\xNN."""
    out = ['"']
    for b in data:
        c = chr(b)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= b < 0x7f:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


def unquote_all(text, where):
    """Parses a sequence of quoted strings separated by blanks into a list of bytes."""
    values = []
    i = 0
    n = len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i == n:
            return values
        if text[i] != '"':
            raise SystemExit("%s: expected a quoted string at %r" % (where, text[i:]))
        i += 1
        value = bytearray()
        while True:
            if i == n:
                raise SystemExit("%s: unterminated string" % where)
            c = text[i]
            if c == '"':
                i += 1
                break
            if c == "\\":
                e = text[i + 1]
                if e == "x":
                    value.append(int(text[i + 2:i + 4], 16))
                    i += 4
                    continue
                value.extend({"n": b"\n", "t": b"\t", "r": b"\r", "\\": b"\\", '"': b'"'}[e])
                i += 2
                continue
            value.extend(c.encode("utf-8"))
            i += 1
        values.append(bytes(value))


def read_inputs(source):
    """The '; args:' and '; stdin:' header comments of a program."""
    args, stdin = [], None
    with open(source, encoding="latin-1") as f:
        for line in f:
            if line.startswith("; args:"):
                args = unquote_all(line[len("; args:"):].strip(), source)
            elif line.startswith("; stdin:"):
                values = unquote_all(line[len("; stdin:"):].strip(), source)
                stdin = b"".join(values)
    return args, stdin


def main():
    source, executable, output, header = sys.argv[1:5]
    args, stdin = read_inputs(source)
    proc = subprocess.run([executable] + [a.decode("utf-8", "surrogateescape") for a in args],
                          input=stdin if stdin is not None else b"", stdout=subprocess.PIPE,
                          timeout=TIMEOUT_SECONDS)
    if proc.returncode < 0:
        raise SystemExit("%s: killed by signal %d" % (source, -proc.returncode))
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s\n" % header)
        if args:
            f.write("args %s\n" % " ".join(quote(a) for a in args))
        if stdin is not None:
            f.write("stdin %s\n" % quote(stdin))
        f.write("stdout %s\n" % quote(proc.stdout))
        f.write("exit %d\n" % proc.returncode)


if __name__ == "__main__":
    main()
