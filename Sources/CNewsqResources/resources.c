// The product's data files, compiled in with C23 #embed (paths are relative to this file).
// Adding a migration or a sample file means adding it here; ResourceTests checks that every
// file in Migrations/ and SampleData/ is listed, byte for byte.
#include "newsq_resources.h"

static const unsigned char migration_0001[] = {
#embed "../../Migrations/0001_initial.sql"
};

static const unsigned char migration_0002[] = {
#embed "../../Migrations/0002_article_fts_recognisable.sql"
};

static const unsigned char migration_0003[] = {
#embed "../../Migrations/0003_saved_query_typed.sql"
};

static const unsigned char migration_0004[] = {
#embed "../../Migrations/0004_articles_mentioning_indexed.sql"
};

static const unsigned char migration_0005[] = {
#embed "../../Migrations/0005_article_extracted.sql"
};

static const unsigned char migration_0006[] = {
#embed "../../Migrations/0006_event_approximate.sql"
};

static const unsigned char migration_0007[] = {
#embed "../../Migrations/0007_place_mention_covering.sql"
};

static const newsq_resource migrations[] = {
    {"0001_initial.sql", migration_0001, sizeof migration_0001},
    {"0002_article_fts_recognisable.sql", migration_0002, sizeof migration_0002},
    {"0003_saved_query_typed.sql", migration_0003, sizeof migration_0003},
    {"0004_articles_mentioning_indexed.sql", migration_0004, sizeof migration_0004},
    {"0005_article_extracted.sql", migration_0005, sizeof migration_0005},
    {"0006_event_approximate.sql", migration_0006, sizeof migration_0006},
    {"0007_place_mention_covering.sql", migration_0007, sizeof migration_0007},
};

// Migrations/postgresql/: the schema of the PostgreSQL engine, numbered on its own.
static const unsigned char pg_migration_0001[] = {
#embed "../../Migrations/postgresql/0001_initial.sql"
};

static const unsigned char pg_migration_0002[] = {
#embed "../../Migrations/postgresql/0002_saved_query_reader.sql"
};

static const unsigned char pg_migration_0003[] = {
#embed "../../Migrations/postgresql/0003_unicode61_words.sql"
};

static const unsigned char pg_migration_0004[] = {
#embed "../../Migrations/postgresql/0004_search_head.sql"
};

static const unsigned char pg_migration_0005[] = {
#embed "../../Migrations/postgresql/0005_event_days.sql"
};

static const newsq_resource pg_migrations[] = {
    {"0001_initial.sql", pg_migration_0001, sizeof pg_migration_0001},
    {"0002_saved_query_reader.sql", pg_migration_0002, sizeof pg_migration_0002},
    {"0003_unicode61_words.sql", pg_migration_0003, sizeof pg_migration_0003},
    {"0004_search_head.sql", pg_migration_0004, sizeof pg_migration_0004},
    {"0005_event_days.sql", pg_migration_0005, sizeof pg_migration_0005},
};

static const unsigned char sample_seed[] = {
#embed "../../SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt"
};

static const unsigned char sample_gazetteer_cities[] = {
#embed "../../SampleData/gazetteer/cities.txt"
};

static const unsigned char sample_gazetteer_countries[] = {
#embed "../../SampleData/gazetteer/countries.tsv"
};

static const unsigned char sample_gazetteer_regions[] = {
#embed "../../SampleData/gazetteer/regions.tsv"
};

static const unsigned char sample_gazetteer_common_words[] = {
#embed "../../SampleData/gazetteer/common-words.txt"
};

static const unsigned char sample_gazetteer_english_words[] = {
#embed "../../SampleData/gazetteer/english-words.txt"
};

static const unsigned char sample_gazetteer_readme[] = {
#embed "../../SampleData/gazetteer/README.md"
};

static const unsigned char sample_maps_countries[] = {
#embed "../../SampleData/maps/countries-110m.geojson"
};

static const unsigned char sample_maps_sources[] = {
#embed "../../SampleData/maps/SOURCES.md"
};

static const unsigned char sample_web_leaflet_js[] = {
#embed "../../SampleData/web/leaflet.min.js"
};

static const unsigned char sample_web_leaflet_css[] = {
#embed "../../SampleData/web/leaflet.css"
};

static const unsigned char sample_web_cluster_js[] = {
#embed "../../SampleData/web/leaflet.markercluster.min.js"
};

static const unsigned char sample_web_cluster_css[] = {
#embed "../../SampleData/web/MarkerCluster.css"
};

static const unsigned char sample_web_cluster_default_css[] = {
#embed "../../SampleData/web/MarkerCluster.Default.css"
};

static const unsigned char sample_web_leaflet_copyright[] = {
#embed "../../SampleData/web/leaflet.copyright"
};

static const unsigned char sample_web_cluster_copyright[] = {
#embed "../../SampleData/web/leaflet.markercluster.copyright"
};

static const unsigned char sample_web_sources[] = {
#embed "../../SampleData/web/SOURCES.md"
};

static const unsigned char sample_names_given[] = {
#embed "../../SampleData/names/given-names.txt"
};

static const unsigned char sample_names_given_world[] = {
#embed "../../SampleData/names/given-names-world.txt"
};

static const unsigned char sample_names_readme[] = {
#embed "../../SampleData/names/README.md"
};

static const unsigned char sample_query_articles_mentioning[] = {
#embed "../../SampleData/queries/articles-mentioning.sql"
};

static const unsigned char sample_query_events_between[] = {
#embed "../../SampleData/queries/events-between.sql"
};

static const unsigned char sample_query_places_in_article[] = {
#embed "../../SampleData/queries/places-in-article.sql"
};

static const unsigned char sample_query_top_places[] = {
#embed "../../SampleData/queries/top-places.sql"
};

// SampleData/queries/postgresql/: the PostgreSQL twins of the shipped queries.
static const unsigned char sample_pg_query_articles_mentioning[] = {
#embed "../../SampleData/queries/postgresql/articles-mentioning.sql"
};

static const unsigned char sample_pg_query_events_between[] = {
#embed "../../SampleData/queries/postgresql/events-between.sql"
};

static const unsigned char sample_pg_query_places_in_article[] = {
#embed "../../SampleData/queries/postgresql/places-in-article.sql"
};

static const unsigned char sample_pg_query_top_places[] = {
#embed "../../SampleData/queries/postgresql/top-places.sql"
};

static const newsq_resource samples[] = {
    {"cnn-2016-10-17-after-isis-loses-mosul.txt", sample_seed, sizeof sample_seed},
    {"gazetteer/cities.txt", sample_gazetteer_cities, sizeof sample_gazetteer_cities},
    {"gazetteer/countries.tsv", sample_gazetteer_countries, sizeof sample_gazetteer_countries},
    {"gazetteer/regions.tsv", sample_gazetteer_regions, sizeof sample_gazetteer_regions},
    {"gazetteer/common-words.txt", sample_gazetteer_common_words, sizeof sample_gazetteer_common_words},
    {"gazetteer/english-words.txt", sample_gazetteer_english_words, sizeof sample_gazetteer_english_words},
    {"gazetteer/README.md", sample_gazetteer_readme, sizeof sample_gazetteer_readme},
    {"maps/countries-110m.geojson", sample_maps_countries, sizeof sample_maps_countries},
    {"maps/SOURCES.md", sample_maps_sources, sizeof sample_maps_sources},
    {"web/leaflet.min.js", sample_web_leaflet_js, sizeof sample_web_leaflet_js},
    {"web/leaflet.css", sample_web_leaflet_css, sizeof sample_web_leaflet_css},
    {"web/leaflet.markercluster.min.js", sample_web_cluster_js, sizeof sample_web_cluster_js},
    {"web/MarkerCluster.css", sample_web_cluster_css, sizeof sample_web_cluster_css},
    {"web/MarkerCluster.Default.css", sample_web_cluster_default_css, sizeof sample_web_cluster_default_css},
    {"web/leaflet.copyright", sample_web_leaflet_copyright, sizeof sample_web_leaflet_copyright},
    {"web/leaflet.markercluster.copyright", sample_web_cluster_copyright, sizeof sample_web_cluster_copyright},
    {"web/SOURCES.md", sample_web_sources, sizeof sample_web_sources},
    {"names/given-names.txt", sample_names_given, sizeof sample_names_given},
    {"names/given-names-world.txt", sample_names_given_world, sizeof sample_names_given_world},
    {"names/README.md", sample_names_readme, sizeof sample_names_readme},
    {"queries/articles-mentioning.sql", sample_query_articles_mentioning, sizeof sample_query_articles_mentioning},
    {"queries/events-between.sql", sample_query_events_between, sizeof sample_query_events_between},
    {"queries/places-in-article.sql", sample_query_places_in_article, sizeof sample_query_places_in_article},
    {"queries/top-places.sql", sample_query_top_places, sizeof sample_query_top_places},
    {"queries/postgresql/articles-mentioning.sql", sample_pg_query_articles_mentioning, sizeof sample_pg_query_articles_mentioning},
    {"queries/postgresql/events-between.sql", sample_pg_query_events_between, sizeof sample_pg_query_events_between},
    {"queries/postgresql/places-in-article.sql", sample_pg_query_places_in_article, sizeof sample_pg_query_places_in_article},
    {"queries/postgresql/top-places.sql", sample_pg_query_top_places, sizeof sample_pg_query_top_places},
};

// The WHATWG table of HTML5 named character references (html.spec.whatwg.org/entities.json, the
// same 2,231 names as Python's html.entities.html5): one per line, the name (with its ';' when
// the spec writes one) and the code points in hex after a tab.
static const unsigned char html5_entities[] = {
#embed "html5-entities.txt"
};

size_t newsq_migration_count(void) { return sizeof migrations / sizeof migrations[0]; }
newsq_resource newsq_migration(size_t index) { return migrations[index]; }

size_t newsq_pg_migration_count(void) { return sizeof pg_migrations / sizeof pg_migrations[0]; }
newsq_resource newsq_pg_migration(size_t index) { return pg_migrations[index]; }

size_t newsq_sample_count(void) { return sizeof samples / sizeof samples[0]; }
newsq_resource newsq_sample(size_t index) { return samples[index]; }

newsq_resource newsq_html_entities(void) {
    return (newsq_resource){"html5-entities.txt", html5_entities, sizeof html5_entities};
}
