import Foundation
import GovReport
import Testing

@Suite struct JSONValueTests {
    @Test("objects keep key order; integers print without a fraction")
    func serialize() {
        let value: JSONValue = .object([("z", .number(151)), ("a", .number(190.06)), ("m", .array([.null, .bool(true)]))])
        #expect(value.serialized() == #"{"z":151,"a":190.06,"m":[null,true]}"#)
    }

    @Test("strings are escaped", arguments: [("a\"b", #""a\"b""#), ("line\nbreak", #""line\nbreak""#), ("（三）", #""（三）""#)])
    func escape(input: String, expected: String) {
        #expect(JSONValue.string(input).serialized() == expected)
    }

    @Test("parse gives back what serialize wrote, order included")
    func roundTrip() throws {
        let value: JSONValue = .object([("b", .string("\u{1F600} \\ \t")), ("a", .array([.number(-3), .number(0.35)])), ("c", .object([]))])
        for pretty in [false, true] {
            #expect(try JSONValue.parse(Data(value.serialized(pretty: pretty).utf8)) == value)
        }
    }

    @Test("invalid JSON names the byte offset", arguments: ["{\"a\":}", "[1,2", "tru", "{\"a\":1} x"])
    func invalid(text: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse(Data(text.utf8)) }
    }
}
