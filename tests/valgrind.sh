#!/bin/sh
# valgrind.sh ARGS... - pcapcat under valgrind, for `make check-valgrind`:
# any memory error makes the run exit 99, which no golden expects.
exec valgrind -q --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite "$(dirname "$0")/../pcapcat" "$@"
