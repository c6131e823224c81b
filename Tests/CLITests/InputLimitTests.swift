import Foundation
import Testing

/// Inputs are read with the limit, not read whole and then measured.
@Suite struct InputLimitTests {
    @Test func anEndlessFileIsRefusedAtTheLimit() throws {
        let result = try clq(["run", "/dev/zero"])
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr == "clq: cannot read '/dev/zero': it is larger than 256 MiB, the most clq reads\n")
        let knowledge = try clq(["--kb", "/dev/zero", "-e", "list parties?"])
        #expect(knowledge.status == 66)
        #expect(knowledge.stderr == "clq: cannot read '/dev/zero': it is larger than 256 MiB, the most clq reads\n")
    }
}
