// Snowball's stemmers (Debian's libstemmer-dev: no pkg-config file).
#include <libstemmer.h>
