import ClauseQuery
import Testing

@Suite struct FormatterTests {
    @Test func samplesAreAlreadyFormatted() throws {
        for path in ["Samples/partnership.clq", "Samples/questions.clq"] {
            let text = packageFile(path)
            #expect(!text.isEmpty)
            #expect(try format(text) == text, "\(path)")
        }
    }

    @Test func laysOutDeclarationsQuestionsAndComments() throws {
        let input = """
            party  A "x". # trailing


              # own line
            which rights hold for A   in 2031 ?   # q
            party B. agreement G between A and B { clause C : right of A against B # hm
             to use X from 2020 until 2021 not exclusive .


             # end
            }
            expect holds : C ; may hold: D.
            is A's use of X exclusive  ?
            which rights hold where ( holder is A or not derived ) and amount < $5B
            """
        let expected = """
            party A "x". # trailing

            # own line
            which rights hold for A in 2031? # q
            party B.
            agreement G
                between A and B {
              clause C: right of A against B # hm
                  to use X
                  from 2020 until 2021
                  not exclusive.

              # end
            }
            expect holds: C; may hold: D.
            is A's use of X exclusive?
            which rights hold where (holder is A or not derived) and amount < $5B

            """
        #expect(try format(input) == expected)
    }

    @Test func groupsEventFactsAndBreaksLongExpectations() throws {
        let input = """
            event E "Title" on 2019 involving A, B amount exactly $1B cites s line 6 note "n".
            prospect P involving A cites s line 2.
            expect holds: AVeryLongClauseIdentifierNumberOne, AVeryLongClauseIdentifierNumberTwo; may hold: AnotherRatherLongOne, AndOneMore.
            """
        let expected = """
            event E "Title"
                on 2019 involving A, B amount exactly $1B
                cites s line 6
                note "n".
            prospect P
                involving A
                cites s line 2.
            expect holds: AVeryLongClauseIdentifierNumberOne, AVeryLongClauseIdentifierNumberTwo;
                   may hold: AnotherRatherLongOne, AndOneMore.

            """
        #expect(try format(input) == expected)
    }

    @Test func keepsNonASCIIAndCRLF() throws {
        let input = "party Société \"Société — Lumière 🎉\"   aka SL.\r\n# café ☕\r\nlist parties?\r\n"
        let expected = "party Société \"Société — Lumière 🎉\" aka SL.\n# café ☕\nlist parties?\n"
        #expect(try format(input) == expected)
    }

    @Test func keepsCommentsThatAreNotUTF8ByteForByte() throws {
        // Latin-1 "café", a lone 0xFF and a cut-off sequence, with trailing blanks the layout drops.
        let input: [UInt8] = Array("party  A \"x\".  # caf".utf8) + [0xE9, 0x20, 0xFF, 0xE2, 0x82, 0x20, 0x09]
            + Array("\n#\t".utf8) + [0xC0, 0xAF] + Array("   \nlist parties ?".utf8)
        let expected: [UInt8] = Array("party A \"x\". # caf".utf8) + [0xE9, 0x20, 0xFF, 0xE2, 0x82]
            + Array("\n#\t".utf8) + [0xC0, 0xAF] + Array("\nlist parties?\n".utf8)
        #expect(try SourceFormatter.formatted(input) == expected)
        #expect(try SourceFormatter.formatted(expected) == expected)
    }

    @Test func keepsALeadingByteOrderMark() throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try SourceFormatter.formatted(mark + Array("party  A.\nlist parties ?".utf8))
                == mark + Array("party A.\nlist parties?\n".utf8))
        #expect(try SourceFormatter.formatted(mark) == mark)
        #expect(try SourceFormatter.formatted(mark + Array("# only\n".utf8)) == mark + Array("# only\n".utf8))
    }

    @Test func emptyAndCommentOnlyTexts() throws {
        #expect(try format("") == "")
        #expect(try format("  \n\n") == "")
        #expect(try format("# a\n\n\n   # b   \n") == "# a\n\n# b\n")
    }

    @Test func refusesTextThatDoesNotParse() {
        switch formatted("party A \"x\nwhich rights hold for A") {
        case .success(let text): Issue.record("formatted a broken text: \(text)")
        case .failure(let failure): #expect(failure.diagnostics.map(\.id) == ["unterminated-string"])
        }
    }
}
