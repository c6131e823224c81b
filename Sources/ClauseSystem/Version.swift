/// The version every clq program and libclq report: the one in the VERSION file, which `script/version --set`
/// writes here and the tests compare.
public let clqVersion = "0.1.0"
