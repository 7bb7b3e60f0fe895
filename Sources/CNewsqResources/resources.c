// The product's data files, compiled in with C23 #embed (paths are relative to this file).
// Adding a migration or a sample file means adding it here; ResourceTests checks that every
// file in Migrations/ and SampleData/ is listed, byte for byte.
#include "newsq_resources.h"

static const unsigned char migration_0001[] = {
#embed "../../Migrations/0001_initial.sql"
};

static const newsq_resource migrations[] = {
    {"0001_initial.sql", migration_0001, sizeof migration_0001},
};

static const unsigned char sample_seed[] = {
#embed "../../SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt"
};

static const newsq_resource samples[] = {
    {"cnn-2016-10-17-after-isis-loses-mosul.txt", sample_seed, sizeof sample_seed},
};

size_t newsq_migration_count(void) { return sizeof migrations / sizeof migrations[0]; }
newsq_resource newsq_migration(size_t index) { return migrations[index]; }

size_t newsq_sample_count(void) { return sizeof samples / sizeof samples[0]; }
newsq_resource newsq_sample(size_t index) { return samples[index]; }
