#ifndef NEWSD_CUCHARDET_H
#define NEWSD_CUCHARDET_H
// uchardet (Debian libuchardet-dev): pkg-config puts /usr/include/uchardet on the include path.
#include <uchardet.h>
#endif
