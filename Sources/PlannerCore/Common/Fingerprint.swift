/// A stable 64-bit FNV-1a fingerprint of named byte strings, as 16 hex digits. Not a security
/// hash: it tells two catalogs or two inventories apart in the history.
public enum Fingerprint {
    /// The fingerprint of files given as (path, bytes) pairs, in the order given.
    public static func of(_ parts: [(String, [UInt8])]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for (name, bytes) in parts {
            for byte in name.utf8 { mix(byte) }
            mix(0)
            for byte in bytes { mix(byte) }
            mix(0)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
