#ifndef NEWSQ_CZLIB_SHIM_H
#define NEWSQ_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro (it passes the library version and the stream size); Swift cannot call it.
static inline int newsq_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
