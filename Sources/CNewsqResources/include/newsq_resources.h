#ifndef NEWSQ_RESOURCES_H
#define NEWSQ_RESOURCES_H

#include <stddef.h>

/// One file compiled into the binary: its name relative to its folder, and its bytes.
typedef struct {
    const char *name;
    const unsigned char *bytes;
    size_t size;
} newsq_resource;

/// Files of Migrations/, in the order they apply.
size_t newsq_migration_count(void);
newsq_resource newsq_migration(size_t index);

/// Files of Migrations/postgresql/ (the PostgreSQL engine's schema), in the order they apply.
size_t newsq_pg_migration_count(void);
newsq_resource newsq_pg_migration(size_t index);

/// Files of SampleData/ loaded into a new default database.
size_t newsq_sample_count(void);
newsq_resource newsq_sample(size_t index);

/// The HTML5 named character references: "name<TAB>hex code points" per line.
newsq_resource newsq_html_entities(void);

#endif
