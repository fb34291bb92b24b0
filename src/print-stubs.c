/* Temporary: printers being written elsewhere. */
#include "print.h"
