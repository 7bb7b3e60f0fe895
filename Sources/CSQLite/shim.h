#ifndef NEWSQ_CSQLITE_SHIM_H
#define NEWSQ_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot import the SQLITE_TRANSIENT macro (a cast of -1 to a function pointer).
static inline sqlite3_destructor_type newsq_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// sqlite3_db_config is variadic; Swift cannot call C variadic functions.
static inline int newsq_db_config_int(sqlite3 *db, int op, int value, int *result) {
    return sqlite3_db_config(db, op, value, result);
}

#endif
