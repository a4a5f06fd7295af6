extension Unicode.Scalar {
    /// True for a scalar that is a Character of its own whatever stands beside it, and the
    /// same Character as no other scalar (canonically) that is ASCII: where a text holds only
    /// such scalars and ASCII (without a carriage return, which joins a line feed), reading it
    /// scalar by scalar or byte by byte finds what reading it Character by Character finds, in
    /// a fraction of the time. The check admits blocks of letters, punctuation and symbols in
    /// which no scalar joins its neighbours (no combining marks, joiners, variation selectors,
    /// prepended signs, Hangul or regional indicators) and leaves out the few canonically equal
    /// to ASCII (U+037E GREEK QUESTION MARK is `;`, U+212A KELVIN SIGN is `K`), the line and
    /// paragraph separators and NEL; any other scalar sends the caller to Characters.
    public var standsAlone: Bool {
        switch value {
        case 0x00...0x7F: return self != "\r"
        case 0x00A0...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
            0x0370...0x037D, 0x037F...0x03FF,  // Greek but its question mark (`;`)
            0x0400...0x0482, 0x048A...0x052F,  // Cyrillic without its combining marks
            0x1D00...0x1D7F,  // Phonetic Extensions (subscript letters)
            0x2010...0x2027, 0x202F...0x205E,  // General Punctuation without format characters
            0x20A0...0x20C0,  // Currency Symbols
            0x2100...0x2129, 0x212B...0x214F,  // Letterlike Symbols but the Kelvin sign
            0x2190...0x23FF,  // Arrows, Mathematical Operators, Miscellaneous Technical
            0x2500...0x27BF:  // Box Drawing to Dingbats
            return true
        default:
            return false
        }
    }
}
