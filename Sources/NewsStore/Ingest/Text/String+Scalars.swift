extension String {
    /// The text of a run of scalars, written straight into the string's UTF-8 storage.
    ///
    /// `String(String.UnicodeScalarView(slice))` and `UnicodeScalarView.append(contentsOf:)` go
    /// through a generic slow path (a mapped sequence, then repaired UTF-8): in a profile of an
    /// import they were a fifth of its CPU, because the tokenizers make a string for every word,
    /// gap and sentence. The bytes are the same either way.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        guard byteCount > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
                    offset += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }
}
