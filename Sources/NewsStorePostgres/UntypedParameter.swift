#if PostgreSQL
    import NIOCore
    import PostgresNIO

    /// A saved query's `--param` value sent as text of no declared type (OID 0), so the server
    /// reads it as whatever its place in the SQL needs: `article_id = :article` a bigint,
    /// `published_at >= :from` text, `CAST(:to AS date)` a date. (`PostgresData` would say the
    /// same type but send the text as binary, which a bigint parameter cannot read.)
    struct UntypedParameter: PostgresDynamicTypeEncodable {
        let text: String

        var psqlType: PostgresDataType { PostgresDataType(0) }
        var psqlFormat: PostgresFormat { .text }

        func encode<JSONEncoder: PostgresJSONEncoder>(
            into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
        ) {
            byteBuffer.writeString(text)
        }
    }
#endif
