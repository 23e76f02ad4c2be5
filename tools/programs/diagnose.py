#!/usr/bin/env python3
"""Records which diagnostics nasm gives for a program with mistakes: errors/NAME.asm -> NAME.diag.

nasm stops after the first pass that has errors, so one run does not show every error of a file,
while tinybin must report them all. Each line with a mistake is therefore marked with a trailing
'; <- error' comment and checked on its own:
  * with every marked line blanked, the file must assemble (its warnings are recorded);
  * with only marked line N kept, nasm must fail; its diagnostics are recorded.
The union is the set of diagnostics a complete report has. Line numbers stay put, because blanked
lines stay as empty lines. Called by record.sh; format in README.md.

usage: diagnose.py SOURCE.asm OUTPUT.diag HEADER
"""
import os
import re
import subprocess
import sys
import tempfile

MARK = "; <- error"
DIAG = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<kind>error|warning|fatal): (?P<msg>.*)$")


def run_nasm(directory, text):
    """Assembles text as if it were a file in directory; returns (exit status, diagnostics)."""
    fd, path = tempfile.mkstemp(suffix=".asm", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        proc = subprocess.run(["nasm", "-f", "elf64", "-o", os.devnull, os.path.basename(path)],
                              cwd=directory, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=60)
        diags = []
        for raw in proc.stderr.decode("utf-8", "replace").splitlines():
            m = DIAG.match(raw)
            if not m:
                continue        # "... from macro defined here" and info: notes
            name = m.group("file")
            if name == os.path.basename(path):
                name = None     # the program itself
            kind = "warning" if m.group("kind") == "warning" else "error"
            diags.append((kind, name, int(m.group("line")), m.group("msg")))
        return proc.returncode, diags
    finally:
        os.unlink(path)


def main():
    source, output, header = sys.argv[1:4]
    directory = os.path.dirname(os.path.abspath(source))
    base = os.path.basename(source)
    with open(source, encoding="utf-8") as f:
        lines = f.read().split("\n")
    marked = [i for i, line in enumerate(lines) if line.rstrip().endswith(MARK)]
    if not marked:
        raise SystemExit("%s: no line is marked '%s'" % (source, MARK))

    def variant(keep):
        return "\n".join(l if (i not in marked or i == keep) else "" for i, l in enumerate(lines))

    status, clean = run_nasm(directory, variant(None))
    if status != 0 or any(k == "error" for k, _, _, _ in clean):
        raise SystemExit("%s: does not assemble with the marked lines blanked: %s" % (source, clean))
    found = set(clean)
    for i in marked:
        status, diags = run_nasm(directory, variant(i))
        if status == 0 or not any(k == "error" for k, _, _, _ in diags):
            raise SystemExit("%s:%d: nasm accepts the marked line" % (source, i + 1))
        found.update(diags)
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# %s\n" % header)
        for kind, name, line, msg in sorted(found, key=lambda d: (d[1] or base, d[2], d[0], d[3])):
            f.write("%s %s:%d: %s\n" % (kind, name or base, line, msg))


if __name__ == "__main__":
    main()
