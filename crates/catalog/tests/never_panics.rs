//! Property test: no adapter panics on any input, and every line stays accounted for.

mod common;
use proptest::prelude::*;

const FAMILIES: [&str; 7] = [
    "[format]\nfamily = \"text-rows\"\nheader = '^Code'\ncolumns = [\"code\", \"name\", \"description\"]\n[[format.sections]]\nheading_pattern = '^#'\n",
    "[format]\nfamily = \"code-blocks\"\nheader = '^Error'\nunlabeled_fields = [\"description\", \"cause\"]\n[format.labels]\n\"Description:\" = \"description\"\n[[format.sections]]\nheading_pattern = '^(?P<range>\\d{4}xxx)'\n",
    "[format]\nfamily = \"markdown-table\"\ncolumns = [\"hex\", \"code\", \"name\", \"description\"]\nnames_in_text = true\n",
    "[format]\nfamily = \"api-members\"\nmember = '^\\(static\\) (?P<name>\\w+)$'\nvalue_label = \"Default Value:\"\nnotes_heading = \"Note\"\nexample_heading = \"Example\"\n[format.labels]\n\"Note:\" = \"note\"\n[[format.subtables]]\nheader = '^\\|'\nlayout = \"inline-pipe\"\nnamespace = \"x\"\ntitle = \"t\"\n",
    "[format]\nfamily = \"html-table\"\ncolumns = [\"code\", \"name\"]\n",
    "[format]\nfamily = \"sdk-definitions\"\nlanguage = \"c\"\n[[format.groups]]\ngroup = ''\n",
    "[format]\nfamily = \"sdk-definitions\"\nlanguage = \"kotlin\"\n[[format.groups]]\ngroup = ''\n",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("|".to_owned()),
            Just("\n".to_owned()),
            Just("\r\n".to_owned()),
            Just("-   0x".to_owned()),
            Just("0x".to_owned()),
            Just("(static) NAME\n".to_owned()),
            Just("Default Value:\n".to_owned()),
            Just("  • ".to_owned()),
            Just("Note\n".to_owned()),
            Just("Example\n".to_owned()),
            Just("Description:".to_owned()),
            Just("Code Name Description\n".to_owned()),
            Just("Error codeDescription\n".to_owned()),
            Just("1000xxx heading\n".to_owned()),
            Just("# h\n".to_owned()),
            Just("|---|---|\n".to_owned()),
            Just("<table><tr><td>".to_owned()),
            Just("</td></tr>".to_owned()),
            Just("<code>".to_owned()),
            Just("房间".to_owned()),
            Just("\\".to_owned()),
            Just("enum E {".to_owned()),
            Just("#define ".to_owned()),
            Just(" = ".to_owned()),
            Just(",".to_owned()),
            Just("}".to_owned()),
            Just("/** ".to_owned()),
            Just(" */".to_owned()),
            Just("///< ".to_owned()),
            Just("<<".to_owned()),
            Just("const val ".to_owned()),
            "-?[0-9]{1,12}".prop_map(String::from),
            "[A-Z_]{1,8}".prop_map(String::from),
            "[ -~]{0,6}".prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn adapters_never_panic_on_structured_noise(doc in pieces(), family in 0usize..FAMILIES.len()) {
        let (out, d) = common::parse(FAMILIES[family], &doc);
        prop_assert_eq!(out.uses.len(), d.line_count());
        common::assert_accounted(&out, &d);
    }

    #[test]
    fn adapters_never_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), family in 0usize..FAMILIES.len()) {
        let (out, d) = common::parse_bytes(FAMILIES[family], &bytes);
        prop_assert_eq!(out.uses.len(), d.line_count());
    }
}

#[test]
fn giant_and_empty_inputs() {
    for family in FAMILIES {
        let (out, _) = common::parse(family, "");
        assert!(out.occurrences.is_empty());
        let big = "| kA | 100 | text |\n".repeat(20_000);
        let (_, d) = common::parse(family, &big);
        assert_eq!(d.line_count(), 20_000);
    }
}
