import Crypto
import Foundation

/// The identity of a source file: the SHA-256 of its bytes as 64 lowercase hex characters.
///
/// Hashing runs in swift-crypto (BoringSSL's assembly, with the CPU's SHA extensions where present), so a
/// file's identity costs a few instructions per byte instead of the ~70 of a plain Swift implementation.
///
/// ```swift
/// FileHash.sha256Hex(of: Data("abc".utf8)) // "ba7816bf…f20015ad"
/// ```
public enum FileHash {
    public static func sha256Hex(of data: Data) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in Crypto.SHA256.hash(data: data) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
