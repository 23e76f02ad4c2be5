; Only reached by %include: the default excludes keep it from being a program.
SYS_EXIT equ 60
