#if PostgreSQL
    import NewsStore

    /// An article's place names, mentions and event-place links gathered while its places are
    /// matched, then written with one multi-row statement each (`unnest` of bound arrays) instead
    /// of one round trip per row: most of an article's rows are these, and on a server every
    /// statement costs a round trip that SQLite does not pay.
    struct PostgresKnowledgeRows {
        private var namePlaces: [Int] = []
        private var nameKeys: [String] = []
        private var names: [String] = []

        private var mentionArticles: [Int] = []
        private var mentionPlaces: [Int] = []
        private var mentionFields: [String] = []
        private var mentionStarts: [Int] = []
        private var mentionEnds: [Int] = []
        private var mentionSurfaces: [String] = []
        private var mentionSentences: [String] = []
        private var mentionResolved: [Bool] = []

        private var linkEvents: [Int] = []
        private var linkPlaces: [Int] = []

        /// A name the place is known by (kept once; a name already stored is left as it is).
        mutating func addName(_ name: String, to placeID: Int) {
            namePlaces.append(placeID)
            nameKeys.append(PlaceNameKey.fold(name))
            names.append(name)
        }

        /// One mention of a place in an article.
        mutating func addMention(
            articleID: Int, placeID: Int, field: ArticleField, start: Int, end: Int, surface: String,
            sentence: String, resolved: Bool
        ) {
            mentionArticles.append(articleID)
            mentionPlaces.append(placeID)
            mentionFields.append(field.rawValue)
            mentionStarts.append(start)
            mentionEnds.append(end)
            mentionSurfaces.append(surface)
            mentionSentences.append(sentence)
            mentionResolved.append(resolved)
        }

        /// A place an event happens at.
        mutating func link(event eventID: Int, to placeID: Int) {
            linkEvents.append(eventID)
            linkPlaces.append(placeID)
        }

        /// Writes what was gathered, names first (mentions do not need them, but a reader of the
        /// place does), in at most three statements.
        /// - Throws: `PostgresStoreError`.
        func write(_ session: PostgresSession) throws {
            if !names.isEmpty {
                try session.run(
                    """
                    INSERT INTO place_name(place_id, name_key, name)
                    SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING
                    """, [namePlaces, nameKeys, names])
            }
            if !mentionArticles.isEmpty {
                try session.run(
                    """
                    INSERT INTO place_mention(article_id, place_id, field, start_offset, end_offset, surface, sentence,
                        resolved)
                    SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::integer[], $5::integer[],
                        $6::text[], $7::text[], $8::boolean[])
                    """,
                    [
                        mentionArticles, mentionPlaces, mentionFields, mentionStarts, mentionEnds, mentionSurfaces,
                        mentionSentences, mentionResolved,
                    ])
            }
            if !linkEvents.isEmpty {
                try session.run(
                    """
                    INSERT INTO event_place(event_id, place_id)
                    SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING
                    """, [linkEvents, linkPlaces])
            }
        }
    }
#endif
