//! The structure of an SDK file: which groups of constants it declares (enums, constant
//! objects and interfaces, classes and namespaces of constants, `#define`s) and their members,
//! read from the tokens in one pass with a stack of open braces.

use super::lexer::{lex, Kind, Options, Token};
use crate::manifest::CodeLanguage;

/// What kind of declaration a group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// `enum`, `enum class`, `typedef enum`, `NS_ENUM`, TypeScript `enum`: implicit values
    /// follow from order.
    Enum,
    /// A TypeScript/JavaScript `const X = { A: 1 }` object.
    Object,
    /// A TypeScript `interface X { A: 0x1000; }` of literal types.
    Interface,
    /// `const`/`static final`/`const val` constants of a class, namespace or file.
    Constants,
    /// The file's `#define NAME value` lines.
    Defines,
    /// A Java, Kotlin or Dart `enum` whose constants carry their code as an argument
    /// (`OK(0)`, `AudioServerHungup(16)`) or in Dart's `@JsonValue(110)`; its constant list
    /// ends at the first `;`, after which come the enum's own fields and methods.
    ArgumentEnum,
}

#[derive(Debug, Clone)]
pub struct Group {
    /// The name a manifest pattern matches (`TXLiteAVError`, `ZEGO::BASE`, `#define`); `""`
    /// for an anonymous enum or the file's top level.
    pub name: String,
    /// Other names of the same group (an enum's tag when a typedef names it).
    pub aliases: Vec<String>,
    pub kind: GroupKind,
    /// Token index of the first token of its head and of its closing brace (braced groups).
    pub head: usize,
    pub close: Option<usize>,
}

/// How a member gives its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The tokens of an expression (comments removed).
    Expr(Vec<Token>),
    /// An enum member without `=`: the previous member's value plus one.
    Implicit,
    /// What is not a numeric constant: a string, a type, a method, a spread.
    Skipped(&'static str),
}

#[derive(Debug, Clone)]
pub struct Member {
    pub group: usize,
    /// The member's name as written (quotes of a TypeScript string key removed).
    pub name: String,
    pub name_token: Token,
    pub value: Value,
    /// Main-token indices of the member's first and last tokens.
    pub first: usize,
    pub last: usize,
    /// Comments inside a `#define` line after its value.
    pub inner_comments: Vec<Token>,
    /// An attribute or annotation says the member is deprecated.
    pub deprecated: bool,
}

/// Something in the file's structure that could not be read.
#[derive(Debug, Clone)]
pub struct Problem {
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// The group it was met in; `None` for the file as a whole (an unclosed comment).
    pub group: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Scan {
    pub tokens: Vec<Token>,
    pub groups: Vec<Group>,
    pub members: Vec<Member>,
    pub problems: Vec<Problem>,
}

/// Per-language behaviour of the scanner.
#[derive(Debug, Clone, Copy)]
struct Rules {
    lexer: Options,
    /// `enum` declares numbered members (C family, TypeScript); in Java, Kotlin and Dart an
    /// enum's members carry no number of their own.
    numbered_enums: bool,
    /// Keywords that make a declaration a constant.
    constant_keywords: &'static [&'static str],
    /// Types follow the name after `:` (`val X: Int`, `const X: number`).
    postfix_types: bool,
    /// A line break may end a statement (Kotlin, TypeScript).
    newline_statements: bool,
    /// `const X = {…}` objects and `interface X {…}` literal types (TypeScript).
    objects: bool,
    /// Enum members end with `;` and may carry `[options]`; `option` and `reserved`
    /// statements sit among them (Protocol Buffers).
    semicolon_members: bool,
    /// Keywords that open a container besides the common ones (`message`).
    containers: &'static [&'static str],
    /// The fields of an `interface` are constants without a keyword (Java).
    interface_constants: bool,
}

fn rules(language: CodeLanguage) -> Rules {
    let c = Options { preprocessor: true, backtick_strings: false, triple_quotes: false };
    let plain = Options { preprocessor: false, backtick_strings: false, triple_quotes: true };
    match language {
        CodeLanguage::C | CodeLanguage::Cpp | CodeLanguage::Objc => Rules {
            lexer: c,
            numbered_enums: true,
            constant_keywords: &["const", "constexpr"],
            postfix_types: false,
            newline_statements: false,
            objects: false,
            semicolon_members: false,
            containers: &[],
            interface_constants: false,
        },
        CodeLanguage::Typescript | CodeLanguage::Javascript => Rules {
            lexer: Options { preprocessor: false, backtick_strings: true, triple_quotes: false },
            numbered_enums: true,
            constant_keywords: &["const", "readonly"],
            postfix_types: true,
            newline_statements: true,
            objects: true,
            semicolon_members: false,
            containers: &[],
            interface_constants: false,
        },
        CodeLanguage::Java => Rules {
            lexer: plain,
            numbered_enums: false,
            constant_keywords: &["final"],
            postfix_types: false,
            newline_statements: false,
            objects: false,
            semicolon_members: false,
            containers: &[],
            interface_constants: true,
        },
        CodeLanguage::Kotlin => Rules {
            lexer: plain,
            numbered_enums: false,
            constant_keywords: &["const"],
            postfix_types: true,
            newline_statements: true,
            objects: false,
            semicolon_members: false,
            containers: &[],
            interface_constants: false,
        },
        CodeLanguage::Protobuf => Rules {
            lexer: Options { preprocessor: false, backtick_strings: false, triple_quotes: false },
            numbered_enums: true,
            constant_keywords: &[],
            postfix_types: false,
            newline_statements: false,
            objects: false,
            semicolon_members: true,
            containers: &["message", "oneof", "service", "extend"],
            interface_constants: false,
        },
        CodeLanguage::Dart => Rules {
            lexer: plain,
            numbered_enums: false,
            constant_keywords: &["const", "final"],
            postfix_types: false,
            newline_statements: false,
            objects: false,
            semicolon_members: false,
            containers: &[],
            interface_constants: false,
        },
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Group(GroupKind),
    /// A class, namespace, object or struct: its constants form a group named by its path.
    Container,
    /// A function body, an initializer: nothing inside is read.
    Opaque,
}

#[derive(Debug, Clone)]
struct Scope {
    kind: ScopeKind,
    /// The container path (`ZEGO::BASE`) or the group's index.
    path: String,
    group: Option<usize>,
    /// Index of its `{` (0 for the file's top level).
    open: usize,
    /// Index of the first token of the member or statement being read.
    item_start: usize,
    /// Parenthesis and bracket depth inside the current item.
    depth: i32,
    /// Its statements are constants without a keyword (a Java `interface`).
    implicit_constants: bool,
    /// An argument enum's constant list has ended (its `;`).
    members_done: bool,
}

/// Reads the groups and members of `src`. Linear in its length.
pub fn scan(src: &str, language: CodeLanguage) -> Scan {
    let r = rules(language);
    let (tokens, lex_problems) = lex(src, r.lexer);
    let mut s = Scanner {
        src,
        r,
        scan: Scan { tokens, ..Scan::default() },
        stack: Vec::new(),
        constant_groups: Default::default(),
        defines: None,
    };
    for p in lex_problems {
        s.scan.problems.push(Problem {
            start: p.start,
            end: p.end,
            message: p.message.to_owned(),
            group: None,
        });
    }
    s.run();
    s.scan
}

struct Scanner<'a> {
    src: &'a str,
    r: Rules,
    scan: Scan,
    stack: Vec<Scope>,
    /// The group of each container's constants, and of the `#define`s, once made.
    constant_groups: std::collections::HashMap<String, usize>,
    defines: Option<usize>,
}

impl<'a> Scanner<'a> {
    fn text(&self, i: usize) -> &'a str {
        let src = self.src;
        self.scan.tokens.get(i).map(|t| t.text(src)).unwrap_or("")
    }

    fn significant(&self, i: usize) -> bool {
        self.scan.tokens.get(i).is_some_and(|t| t.kind != Kind::Comment)
    }

    fn line_break_between(&self, a: usize, b: usize) -> bool {
        match (self.scan.tokens.get(a), self.scan.tokens.get(b)) {
            (Some(x), Some(y)) => self.src.get(x.end..y.start).is_some_and(|gap| gap.contains('\n')),
            _ => false,
        }
    }

    fn top(&mut self) -> &mut Scope {
        if self.stack.is_empty() {
            self.stack.push(Scope {
                kind: ScopeKind::Container,
                path: String::new(),
                group: None,
                open: 0,
                item_start: 0,
                depth: 0,
                implicit_constants: false,
                members_done: false,
            });
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn run(&mut self) {
        self.top();
        let mut prev: Option<usize> = None;
        for i in 0..self.scan.tokens.len() {
            let t = self.scan.tokens[i];
            if t.kind == Kind::Comment {
                continue;
            }
            if let Some(p) = prev {
                self.maybe_end_by_newline(p, i);
            }
            prev = Some(i);
            match (t.kind, t.text(self.src)) {
                (Kind::Directive, text) => {
                    if let Some(m) = self.define(i, text) {
                        self.scan.members.push(m);
                    }
                    self.top().item_start = i + 1;
                }
                (Kind::Punct, "{") => self.open(i),
                (Kind::Punct, "}") => self.close(i),
                (Kind::Punct, "(" | "[") => self.top().depth += 1,
                (Kind::Punct, ")" | "]") => self.top().depth -= 1,
                (Kind::Punct, ",") => self.separator(i, false),
                (Kind::Punct, ";") => self.separator(i, true),
                _ => {}
            }
        }
        let end = self.scan.tokens.len();
        // Blocks still open at the end: one finding at the outermost, which says how many.
        if let Some(outer) = self.stack.get(1).and_then(|s| self.scan.tokens.get(s.open)).copied() {
            let inner = self.stack.len() - 2;
            let message = match inner {
                0 => "this block is never closed: the file ends inside it".to_owned(),
                n => format!("this block is never closed: the file ends inside it and {n} blocks within it"),
            };
            self.scan.problems.push(Problem { start: outer.start, end: outer.end, message, group: None });
        }
        while self.stack.len() > 1 {
            self.close(end);
        }
        self.end_item(end);
    }

    /// Kotlin and TypeScript end a statement at a line break once it is complete.
    fn maybe_end_by_newline(&mut self, prev: usize, next: usize) {
        if !self.r.newline_statements || !self.line_break_between(prev, next) {
            return;
        }
        let scope = self.top().clone();
        let in_item = scope.item_start <= prev && scope.depth == 0;
        let interface = scope.kind == ScopeKind::Group(GroupKind::Interface);
        if !(in_item && (scope.kind == ScopeKind::Container || interface)) {
            return;
        }
        let continues = |t: &str| {
            matches!(
                t,
                "{" | "="
                    | "+"
                    | "-"
                    | "*"
                    | "/"
                    | "%"
                    | "|"
                    | "&"
                    | "^"
                    | "<<"
                    | ">>"
                    | ">>>"
                    | "."
                    | "?."
                    | ":"
                    | ","
                    | "("
                    | "?"
            ) || matches!(t, "shl" | "shr" | "ushr" | "and" | "or" | "xor" | "as")
        };
        if continues(self.text(prev)) || continues(self.text(next)) {
            return;
        }
        self.end_item(next);
        self.top().item_start = next;
    }

    fn separator(&mut self, i: usize, semicolon: bool) {
        let scope = self.top().clone();
        if scope.depth != 0 {
            return;
        }
        match scope.kind {
            ScopeKind::Group(GroupKind::Enum) if self.r.semicolon_members => {
                // `reserved 2, 15;`: only `;` ends a member.
                if !semicolon {
                    return;
                }
                self.end_item(i)
            }
            ScopeKind::Group(GroupKind::ArgumentEnum) if !scope.members_done => {
                self.end_item(i);
                self.top().members_done = semicolon;
            }
            ScopeKind::Group(GroupKind::Enum | GroupKind::Object) if !semicolon => self.end_item(i),
            ScopeKind::Group(GroupKind::Interface) => self.end_item(i),
            ScopeKind::Container if semicolon => self.end_item(i),
            // A `;` inside an enum ends Java-style member lists; a `,` between constants
            // separates declarators, which the statement reader splits itself.
            _ => return,
        }
        self.top().item_start = i + 1;
    }

    /// Reads the member or statement that ends before token `end`.
    fn end_item(&mut self, end: usize) {
        let scope = self.top().clone();
        if scope.kind == ScopeKind::Opaque || scope.members_done {
            return;
        }
        let idx: Vec<usize> = (scope.item_start..end.min(self.scan.tokens.len()))
            .filter(|&j| self.significant(j) && self.scan.tokens[j].kind != Kind::Directive)
            .collect();
        if idx.is_empty() {
            return;
        }
        match scope.kind {
            ScopeKind::Group(kind @ (GroupKind::Enum | GroupKind::Object | GroupKind::Interface)) => {
                if let Some(g) = scope.group {
                    self.member(g, kind, &idx);
                }
            }
            ScopeKind::Group(GroupKind::ArgumentEnum) => {
                if let Some(g) = scope.group {
                    self.argument_member(g, &idx);
                }
            }
            ScopeKind::Container => self.constants(&scope.path, &idx, scope.implicit_constants),
            _ => {}
        }
    }
}

/// Group heads and members.
impl Scanner<'_> {
    fn open(&mut self, i: usize) {
        let parent = self.top().clone();
        // Only a container's `{` can open a group; elsewhere the head is not even gathered, so
        // that a value of many nested braces stays linear.
        let classified = parent.kind == ScopeKind::Container && parent.depth == 0;
        let head: Vec<usize> = if classified {
            (parent.item_start..i)
                .filter(|&j| self.significant(j) && self.scan.tokens[j].kind != Kind::Directive)
                .collect()
        } else {
            Vec::new()
        };
        let (kind, path) =
            if classified { self.classify(&head, &parent.path) } else { (ScopeKind::Opaque, String::new()) };
        let group = match kind {
            ScopeKind::Group(k) => {
                let head_start = head.first().copied().unwrap_or(i);
                let bare = path
                    .rsplit("::")
                    .next()
                    .filter(|b| *b != path)
                    .map(|b| vec![b.to_owned()])
                    .unwrap_or_default();
                self.scan.groups.push(Group {
                    name: path.clone(),
                    aliases: bare,
                    kind: k,
                    head: head_start,
                    close: None,
                });
                Some(self.scan.groups.len() - 1)
            }
            _ => None,
        };
        let implicit_constants = kind == ScopeKind::Container
            && self.r.interface_constants
            && head.iter().any(|&j| self.text(j) == "interface");
        self.stack.push(Scope {
            kind,
            path,
            group,
            open: i,
            item_start: i + 1,
            depth: 0,
            implicit_constants,
            members_done: false,
        });
    }

    fn close(&mut self, i: usize) {
        if self.stack.len() <= 1 {
            // A `}` with nothing open: stray, and harmless to what follows.
            return;
        }
        self.end_item(i);
        let Some(scope) = self.stack.pop() else { return };
        if let Some(g) = scope.group {
            self.scan.groups[g].close = Some(i);
            if scope.kind == ScopeKind::Group(GroupKind::Enum) {
                self.typedef_name(g, i);
            }
        }
        // A declaration that ends with its block (`class X {…}`, `void f() {…}`) needs no `;`.
        let parent = self.top();
        if parent.depth == 0 && (parent.kind == ScopeKind::Container || scope.kind != ScopeKind::Opaque) {
            parent.item_start = i + 1;
        }
    }

    /// `typedef enum Tag {…} Name;`: the name after the brace names the group.
    fn typedef_name(&mut self, g: usize, close: usize) {
        let next: Vec<usize> =
            (close + 1..self.scan.tokens.len()).filter(|&j| self.significant(j)).take(2).collect();
        if let [a, b] = next[..] {
            let name = self.text(a).to_owned();
            let head_has_typedef = (self.scan.groups[g].head..close).any(|j| self.text(j) == "typedef");
            if self.scan.tokens[a].kind == Kind::Ident
                && matches!(self.text(b), ";" | ",")
                && head_has_typedef
            {
                let group = &mut self.scan.groups[g];
                if !group.name.is_empty() {
                    let tag = std::mem::take(&mut group.name);
                    group.aliases.push(tag);
                }
                group.name = name;
            }
        }
    }

    /// An enum's head (`NS_ENUM(NSInteger, Name)`, `enum class Name`, Java's `enum Name`): the
    /// group it opens.
    fn enum_head<'w>(
        &self,
        words: &[&'w str],
        ident_after: impl Fn(usize) -> Option<&'w str>,
        parent: &str,
    ) -> Option<(ScopeKind, String)> {
        if let Some(k) = words.iter().position(|w| {
            matches!(
                *w,
                "NS_ENUM" | "NS_OPTIONS" | "NS_ERROR_ENUM" | "NS_CLOSED_ENUM" | "CF_ENUM" | "CF_OPTIONS"
            )
        }) {
            // NS_ENUM(NSInteger, Name): the name is the last identifier inside the parentheses.
            let name = words[k..]
                .iter()
                .take_while(|w| **w != ")")
                .filter(|w| is_ident(w))
                .last()
                .copied()
                .unwrap_or("");
            let name = if name == words[k] { "" } else { name };
            return Some((ScopeKind::Group(GroupKind::Enum), within(parent, name)));
        }
        if self.r.numbered_enums {
            if let Some(k) = words.iter().position(|w| *w == "enum") {
                let mut n = k;
                while matches!(words.get(n + 1), Some(&"class" | &"struct")) {
                    n += 1;
                }
                return Some((
                    ScopeKind::Group(GroupKind::Enum),
                    within(parent, ident_after(n).unwrap_or("")),
                ));
            }
        }
        if !self.r.numbered_enums && !self.r.semicolon_members {
            if let Some(k) = words.iter().position(|w| *w == "enum") {
                let n = if words.get(k + 1) == Some(&"class") { k + 1 } else { k };
                let name = within(parent, ident_after(n).unwrap_or(""));
                return Some((ScopeKind::Group(GroupKind::ArgumentEnum), name));
            }
        }
        None
    }

    /// What a `{` opens, from the tokens of its head.
    fn classify(&self, head: &[usize], parent: &str) -> (ScopeKind, String) {
        let words: Vec<&str> = head.iter().map(|&j| self.text(j)).collect();
        let ident_after = |k: usize| {
            head.get(k + 1).filter(|&&j| self.scan.tokens[j].kind == Kind::Ident).map(|&j| self.text(j))
        };
        if let Some(group) = self.enum_head(&words, ident_after, parent) {
            return group;
        }
        if self.r.objects {
            if let Some(k) = words.iter().position(|w| matches!(*w, "interface")) {
                return (ScopeKind::Group(GroupKind::Interface), ident_after(k).unwrap_or("").to_owned());
            }
            if let Some(eq) = words.iter().position(|w| *w == "=") {
                let is_type = words.first() == Some(&"type") || words.contains(&"type");
                if is_type {
                    return (ScopeKind::Group(GroupKind::Interface), declared_name(&words[..eq]).to_owned());
                }
                if words[..eq].iter().any(|w| matches!(*w, "const" | "let" | "var" | "readonly" | "static")) {
                    return (ScopeKind::Group(GroupKind::Object), declared_name(&words[..eq]).to_owned());
                }
            }
        }
        let containers = [
            "namespace",
            "class",
            "struct",
            "union",
            "object",
            "interface",
            "module",
            "mixin",
            "extension",
            "@interface",
            "@implementation",
            "@protocol",
            "protocol",
        ];
        if let Some(k) = words.iter().rposition(|w| containers.contains(w) || self.r.containers.contains(w)) {
            let name = match (words[k], ident_after(k)) {
                // `companion object { … }` belongs to its class.
                ("object", None) => return (ScopeKind::Container, parent.to_owned()),
                (_, Some(n)) => qualified(&words[k + 1..]).unwrap_or(n.to_owned()),
                (_, None) => String::new(),
            };
            let path = if parent.is_empty() {
                name
            } else if name.is_empty() {
                parent.to_owned()
            } else {
                format!("{parent}::{name}")
            };
            return (ScopeKind::Container, path);
        }
        if words.first() == Some(&"extern") || words.is_empty() {
            return (ScopeKind::Container, parent.to_owned());
        }
        (ScopeKind::Opaque, String::new())
    }
}

/// A group's name inside its container (`PushEvt::PushEvent`); the bare name is an alias.
fn within(parent: &str, name: &str) -> String {
    if parent.is_empty() || name.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}::{name}")
    }
}

fn is_ident(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c == '_' || c == '$' || c.is_alphabetic())
}

/// `A::B::C` at the start of `words`, joined.
fn qualified(words: &[&str]) -> Option<String> {
    let mut parts = vec![*words.first()?];
    let mut k = 1;
    while words.get(k) == Some(&"::") && words.get(k + 1).is_some_and(|w| is_ident(w)) {
        parts.push(words[k + 1]);
        k += 2;
    }
    (parts.len() > 1).then(|| parts.join("::"))
}

/// The name a declaration head declares: the identifier before `=`, or before its `:` type.
fn declared_name<'w>(words: &[&'w str]) -> &'w str {
    let before_type = words.iter().position(|w| *w == ":").map(|c| &words[..c]).unwrap_or(words);
    before_type.iter().rev().find(|w| is_ident(w)).copied().unwrap_or("")
}

/// Members of braced groups, constants of containers and `#define` lines.
impl Scanner<'_> {
    fn member(&mut self, g: usize, kind: GroupKind, idx: &[usize]) {
        let (first, last) = (idx[0], idx[idx.len() - 1]);
        let depth0 = |want: &str| {
            let mut depth = 0;
            idx.iter().position(|&j| {
                let t = self.text(j);
                match t {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth -= 1,
                    _ => {}
                }
                depth == 0 && t == want
            })
        };
        if kind != GroupKind::Enum && self.text(first) == "[" {
            // `[key: string]: T`, `[Symbol.x]: …`: no constant of its own.
            let name_token = self.scan.tokens[idx.get(1).copied().unwrap_or(first)];
            let value = Value::Skipped("an index signature or computed key is not a constant");
            let name = name_token.text(self.src).to_owned();
            self.push_member(g, name_token, name, value, (first, last), false);
            return;
        }
        if self.r.semicolon_members && matches!(self.text(first), "option" | "reserved") {
            // `option allow_alias = true;`, `reserved 2, 15;`: statements, not members.
            return;
        }
        let (idx, deprecated_option) = self.without_options(idx);
        let name_at = match self.name_position(kind, idx) {
            Ok(p) => p,
            Err(at) => {
                let what =
                    if at < idx.len() { format!("`{}`", self.text(idx[at])) } else { "nothing".to_owned() };
                let message = format!(
                    "a member of `{}` starts with {what} where its name should be, so it is not read",
                    self.scan.groups[g].name
                );
                self.nameless(g, (idx[at.min(idx.len() - 1)], last), message);
                return;
            }
        };
        let name_token = self.scan.tokens[idx[name_at]];
        let name = name_token.text(self.src).trim_matches(['"', '\'', '`']).to_owned();
        let marker = if kind == GroupKind::Enum { "=" } else { ":" };
        let deprecated = deprecated_option
            || idx.iter().any(|&j| self.text(j).to_ascii_lowercase().contains("deprecated"));
        let method = idx.get(name_at + 1).is_some_and(|&j| self.text(j) == "(");
        let value = match depth0(marker) {
            _ if method && kind != GroupKind::Enum => Value::Skipped("a method is not a constant"),
            Some(p)
                if kind == GroupKind::Interface
                    && self.text(idx.get(p.wrapping_sub(1)).copied().unwrap_or(first)) == "?" =>
            {
                Value::Skipped("an optional member is a type, not a constant")
            }
            Some(p) => self.value_of(kind, &idx[p + 1..]),
            None if kind == GroupKind::Enum => Value::Implicit,
            None => Value::Skipped("a member without a value"),
        };
        self.push_member(g, name_token, name, value, (first, last), deprecated);
    }

    fn push_member(
        &mut self,
        group: usize,
        name_token: Token,
        name: String,
        value: Value,
        (first, last): (usize, usize),
        deprecated: bool,
    ) {
        let inner_comments = Vec::new();
        self.scan.members.push(Member {
            group,
            name,
            name_token,
            value,
            first,
            last,
            inner_comments,
            deprecated,
        });
    }

    /// A member whose name cannot be found: a problem of its group, over tokens `from..=to`.
    fn nameless(&mut self, g: usize, (from, to): (usize, usize), message: String) {
        let (a, b) = (self.scan.tokens[from], self.scan.tokens[to]);
        self.scan.problems.push(Problem { start: a.start, end: b.end, message, group: Some(g) });
    }

    /// A Protocol Buffers member without its `[options]` (`NAME = 1 [deprecated = true];`),
    /// which are no part of the value, and whether they deprecate it.
    fn without_options<'i>(&self, idx: &'i [usize]) -> (&'i [usize], bool) {
        if !self.r.semicolon_members {
            return (idx, false);
        }
        let mut depth = 0;
        let options = idx.iter().position(|&j| {
            let t = self.text(j);
            let open = depth == 0 && t == "[";
            match t {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth -= 1,
                _ => {}
            }
            open
        });
        match options {
            Some(o) => (&idx[..o], idx[o..].iter().any(|&j| self.text(j) == "deprecated")),
            None => (idx, false),
        }
    }

    /// Where a member's name is: the first word outside attributes (`[[deprecated]]`,
    /// `@Deprecated`, `@Annotation(…)`). Anything else before it means the member is damaged
    /// (the text of a comment that lost its opener, a stray number): `Err` with its position.
    fn name_position(&self, kind: GroupKind, idx: &[usize]) -> Result<usize, usize> {
        let mut depth = 0;
        let mut after_at = false;
        for (pos, &j) in idx.iter().enumerate() {
            let t = self.scan.tokens[j];
            let name_kind = match t.kind {
                Kind::Ident | Kind::Str => true,
                Kind::Number => kind != GroupKind::Enum,
                _ => false,
            };
            match t.text(self.src) {
                "[" | "(" => depth += 1,
                "]" | ")" => depth -= 1,
                "@" if depth == 0 => {
                    after_at = true;
                    continue;
                }
                _ if depth > 0 || (after_at && t.kind == Kind::Ident) => {}
                _ if name_kind => return Ok(pos),
                _ => return Err(pos),
            }
            after_at = false;
        }
        Err(idx.len().saturating_sub(1))
    }

    fn value_of(&self, kind: GroupKind, tokens: &[usize]) -> Value {
        let toks: Vec<Token> = tokens.iter().map(|&j| self.scan.tokens[j]).collect();
        match toks.as_slice() {
            [] => Value::Expr(toks),
            [one]
                if one.kind == Kind::Str
                    && (kind != GroupKind::Enum
                        || !self.r.lexer.preprocessor
                        || one.text(self.src).starts_with('"')) =>
            {
                Value::Skipped("a string is not a numeric code")
            }
            [t, ..]
                if kind == GroupKind::Interface
                    && t.kind == Kind::Ident
                    && !is_literal_type(&toks, self.src) =>
            {
                Value::Skipped("a type is not a constant")
            }
            [t, ..] if t.text(self.src) == "{" || t.text(self.src) == "[" => {
                Value::Skipped("an object or list is not a numeric code")
            }
            _ => Value::Expr(toks),
        }
    }

    /// A constant of an argument enum: its name, and its code from the first argument that is
    /// no string (`OK(0)`, `FAILED("msg", 1001)`) or from a `@JsonValue(110)` before the name.
    fn argument_member(&mut self, g: usize, idx: &[usize]) {
        let (first, last) = (idx[0], idx[idx.len() - 1]);
        let Ok(name_at) = self.name_position(GroupKind::ArgumentEnum, idx) else {
            let message = format!(
                "a constant of `{}` has no name where one should be, so it is not read",
                self.scan.groups[g].name
            );
            self.nameless(g, (first, last), message);
            return;
        };
        let name_token = self.scan.tokens[idx[name_at]];
        let json_value = idx[..name_at]
            .windows(2)
            .position(|w| self.text(w[0]) == "@" && self.text(w[1]) == "JsonValue")
            .map(|p| self.arguments(&idx[p + 2..]));
        let own = self.arguments(&idx[name_at + 1..]);
        let value = json_value
            .into_iter()
            .chain(std::iter::once(own))
            .flatten()
            .find(|arg| !matches!(self.value_of(GroupKind::Constants, arg), Value::Skipped(_)))
            .map_or(Value::Skipped("an enum constant without a numeric argument"), |arg| {
                self.value_of(GroupKind::Constants, &arg)
            });
        let deprecated = idx.iter().any(|&j| self.text(j).to_ascii_lowercase().contains("deprecated"));
        let name = name_token.text(self.src).to_owned();
        self.push_member(g, name_token, name, value, (first, last), deprecated);
    }

    /// The top-level arguments of the parenthesis `idx` opens with (none when it does not).
    fn arguments(&self, idx: &[usize]) -> Vec<Vec<usize>> {
        if idx.first().map(|&j| self.text(j)) != Some("(") {
            return Vec::new();
        }
        let mut out = vec![Vec::new()];
        let mut depth = 0;
        for &j in &idx[1..] {
            match self.text(j) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" if depth == 0 => break,
                ")" | "]" | "}" => depth -= 1,
                "," if depth == 0 => {
                    out.push(Vec::new());
                    continue;
                }
                _ => {}
            }
            if let Some(arg) = out.last_mut() {
                arg.push(j);
            }
        }
        out.retain(|a| !a.is_empty());
        out
    }

    /// Constant declarations of a container: `static const int A = 1;`, `const val A = 1`,
    /// `static final int A = 1, B = 2;`; in a Java `interface`, `int A = 1;` (`implicit`).
    fn constants(&mut self, path: &str, idx: &[usize], implicit: bool) {
        let words: Vec<&str> = idx.iter().map(|&j| self.text(j)).collect();
        // The first `=` outside parentheses: `@Annotation(key = value)` holds others.
        let mut depth = 0;
        let eq = words.iter().position(|w| {
            match *w {
                "(" | "[" => depth += 1,
                ")" | "]" => depth -= 1,
                _ => {}
            }
            depth == 0 && *w == "="
        });
        let Some(eq) = eq else { return };
        if !implicit && !words[..eq].iter().any(|w| self.r.constant_keywords.contains(w)) {
            return;
        }
        if self.r.constant_keywords == ["const"] && self.r.postfix_types && !words.contains(&"val") {
            return;
        }
        // Declarators: the first ends at a top-level `, NAME =`.
        let mut starts = vec![0usize];
        let mut depth = 0;
        for (k, w) in words.iter().enumerate().skip(eq + 1) {
            match *w {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth -= 1,
                "," if depth == 0
                    && words.get(k + 2) == Some(&"=")
                    && words.get(k + 1).is_some_and(|n| is_ident(n)) =>
                {
                    starts.push(k + 1)
                }
                _ => {}
            }
        }
        let group = self.constants_group(path, idx[0]);
        for (n, &s) in starts.iter().enumerate() {
            let end = starts.get(n + 1).map(|e| e - 1).unwrap_or(words.len());
            let eq_at = if n == 0 {
                eq
            } else if let Some(e) = words[s..end].iter().position(|w| *w == "=") {
                s + e
            } else {
                continue;
            };
            let name_pos = if self.r.postfix_types {
                words[s..eq_at].iter().position(|w| *w == ":").map(|c| s + c).unwrap_or(eq_at)
            } else {
                eq_at
            };
            let Some(name_k) = name_pos.checked_sub(1) else { continue };
            if self.scan.tokens[idx[name_k]].kind != Kind::Ident {
                continue;
            }
            let name_token = self.scan.tokens[idx[name_k]];
            let value = self.value_of(GroupKind::Constants, &idx[eq_at + 1..end]);
            let first = if n == 0 { idx[0] } else { idx[name_k] };
            let deprecated = words[..eq_at].iter().any(|w| w.to_ascii_lowercase().contains("deprecated"));
            let name = name_token.text(self.src).to_owned();
            self.push_member(group, name_token, name, value, (first, idx[end - 1]), deprecated);
        }
    }

    fn constants_group(&mut self, path: &str, head: usize) -> usize {
        if let Some(&g) = self.constant_groups.get(path) {
            return g;
        }
        self.scan.groups.push(Group {
            name: path.to_owned(),
            aliases: Vec::new(),
            kind: GroupKind::Constants,
            head,
            close: None,
        });
        let g = self.scan.groups.len() - 1;
        self.constant_groups.insert(path.to_owned(), g);
        g
    }

    /// `#define NAME value` (object-like, with a value): a member of the `#define` group.
    fn define(&mut self, i: usize, text: &str) -> Option<Member> {
        let t = self.scan.tokens[i];
        let body = text.strip_prefix('#')?.trim_start();
        let rest = body.strip_prefix("define")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let offset = t.start + (text.len() - rest.len());
        let sub = Options { preprocessor: false, ..self.r.lexer };
        let (inner, _) = lex(rest, sub);
        let inner: Vec<Token> =
            inner.into_iter().map(|x| Token { start: x.start + offset, end: x.end + offset, ..x }).collect();
        let name_token = *inner.first().filter(|x| x.kind == Kind::Ident)?;
        // `#define F(x)`: a function-like macro, no constant.
        if self.src.get(name_token.end..name_token.end + 1) == Some("(") {
            return None;
        }
        let value: Vec<Token> = inner[1..]
            .iter()
            .copied()
            .filter(|x| x.kind != Kind::Comment && x.text(self.src) != "\\")
            .collect();
        if value.is_empty() {
            return None;
        }
        let inner_comments: Vec<Token> =
            inner[1..].iter().copied().filter(|x| x.kind == Kind::Comment).collect();
        let group = self.defines_group(i);
        let value = match value.as_slice() {
            [one] if one.kind == Kind::Str && one.text(self.src).starts_with('"') => {
                Value::Skipped("a string is not a numeric code")
            }
            _ => Value::Expr(value),
        };
        Some(Member {
            group,
            name: name_token.text(self.src).to_owned(),
            name_token,
            value,
            first: i,
            last: i,
            inner_comments,
            deprecated: false,
        })
    }

    fn defines_group(&mut self, head: usize) -> usize {
        if let Some(g) = self.defines {
            return g;
        }
        self.scan.groups.push(Group {
            name: "#define".to_owned(),
            aliases: Vec::new(),
            kind: GroupKind::Defines,
            head,
            close: None,
        });
        let g = self.scan.groups.len() - 1;
        self.defines = Some(g);
        g
    }
}

/// A TypeScript literal type: a number, a negative number, or a reference such as `Base.X`.
fn is_literal_type(toks: &[Token], src: &str) -> bool {
    toks.iter().all(|t| t.kind == Kind::Number || matches!(t.text(src), "-" | "(" | ")"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(src: &str, lang: CodeLanguage) -> Vec<(String, String, String)> {
        let s = scan(src, lang);
        s.members
            .iter()
            .map(|m| {
                let value = match &m.value {
                    Value::Expr(t) => t.iter().map(|t| t.text(src)).collect::<Vec<_>>().join(" "),
                    Value::Implicit => "+1".to_owned(),
                    Value::Skipped(why) => format!("skip: {why}"),
                };
                (s.groups[m.group].name.clone(), m.name.clone(), value)
            })
            .collect()
    }

    fn row(g: &str, n: &str, v: &str) -> (String, String, String) {
        (g.to_owned(), n.to_owned(), v.to_owned())
    }

    #[test]
    fn c_enums_typedefs_and_defines() {
        let src = "#define BASE 100\n#define F(x) (x)\n#ifndef G\n#define G\n#endif\n\
typedef enum Tag { A = BASE + 1, B, C = 1 << 2, } Named;\n\
enum class E : int { X = -1 };\n\
typedef NS_ENUM(NSInteger, AliErr) { K = 0x10, L };\n\
NS_ERROR_ENUM(Domain, DomErr) { M = 7 };\n\
namespace ZEGO { namespace BASE { const unsigned int kOK = 0; static const char kS[] = \"x\"; } }\n\
void f() { enum { Z = 1 }; const int local = 2; }";
        assert_eq!(
            members(src, CodeLanguage::Cpp),
            vec![
                row("#define", "BASE", "100"),
                row("Named", "A", "BASE + 1"),
                row("Named", "B", "+1"),
                row("Named", "C", "1 << 2"),
                row("E", "X", "- 1"),
                row("AliErr", "K", "0x10"),
                row("AliErr", "L", "+1"),
                row("DomErr", "M", "7"),
                row("ZEGO::BASE", "kOK", "0"),
            ]
        );
        let s = scan(src, CodeLanguage::Cpp);
        assert_eq!(s.groups[1].aliases, vec!["Tag".to_owned()]);
    }

    #[test]
    fn typescript_enums_objects_and_interfaces() {
        let src = "export enum E { A, B = 5, C, 'D' = 'd' }\n\
export const Codes = { X: 0x1000, Y: Codes2.Z, S: 'text', f() { return 1 } } as const;\n\
export interface ErrorCode {\n  /** doc */\n  INVALID: 0x1000;\n  NEG: -1\n  name?: string;\n  getCode(): number;\n}\n\
const TOP = 3\nlet notConst = 4";
        assert_eq!(
            members(src, CodeLanguage::Typescript),
            vec![
                row("E", "A", "+1"),
                row("E", "B", "5"),
                row("E", "C", "+1"),
                row("E", "D", "skip: a string is not a numeric code"),
                row("Codes", "X", "0x1000"),
                row("Codes", "Y", "Codes2 . Z"),
                row("Codes", "S", "skip: a string is not a numeric code"),
                row("Codes", "f", "skip: a method is not a constant"),
                row("ErrorCode", "INVALID", "0x1000"),
                row("ErrorCode", "NEG", "- 1"),
                row("ErrorCode", "name", "skip: an optional member is a type, not a constant"),
                row("ErrorCode", "getCode", "skip: a method is not a constant"),
                row("", "TOP", "3"),
            ]
        );
    }

    #[test]
    fn java_kotlin_and_dart_constants() {
        let java = "public class TXLiteAVCode {\n  public static final int ERR_NULL = 0;\n  public static final int A = -1, B = A - 1;\n  int notConst = 3;\n  void f() { final int x = 1; }\n}";
        assert_eq!(
            members(java, CodeLanguage::Java),
            vec![
                row("TXLiteAVCode", "ERR_NULL", "0"),
                row("TXLiteAVCode", "A", "- 1"),
                row("TXLiteAVCode", "B", "A - 1")
            ]
        );
        let kotlin = "object ErrorCode {\n  const val A = 1\n  const val B: Int = A shl 2\n  val notConst = 3\n}\nclass C { companion object { const val D = -5 } }";
        assert_eq!(
            members(kotlin, CodeLanguage::Kotlin),
            vec![row("ErrorCode", "A", "1"), row("ErrorCode", "B", "A shl 2"), row("C", "D", "- 5")]
        );
        let dart = "class ZegoErrorCode {\n  /// ok\n  static const int CommonSuccess = 0;\n  static const String s = 'x';\n}";
        assert_eq!(
            members(dart, CodeLanguage::Dart),
            vec![
                row("ZegoErrorCode", "CommonSuccess", "0"),
                row("ZegoErrorCode", "s", "skip: a string is not a numeric code")
            ]
        );
    }

    #[test]
    fn java_interfaces_and_enums_with_their_code_as_argument() {
        let java = "public interface CallErrorCode {\n  int STATUS_ERROR = 2000;\n  String NAME = \"x\";\n  void f();\n}\n\
public enum OpentokError {\n  @Deprecated CONNECTION_FAILED(1006),\n  UNKNOWN(\"unknown\", -1) { public String x() { return \"a\"; } },\n  PLAIN;\n\
  private final int code;\n  OpentokError(int code) { this.code = code; }\n  public static final int NOT_A_MEMBER = 5;\n}";
        assert_eq!(
            members(java, CodeLanguage::Java),
            vec![
                row("CallErrorCode", "STATUS_ERROR", "2000"),
                row("CallErrorCode", "NAME", "skip: a string is not a numeric code"),
                row("OpentokError", "CONNECTION_FAILED", "1006"),
                row("OpentokError", "UNKNOWN", "- 1"),
                row("OpentokError", "PLAIN", "skip: an enum constant without a numeric argument"),
            ]
        );
        let kotlin = "enum class MeetingSessionStatusCode(val value: Int) {\n  OK(0),\n  Left(1),\n  AudioServerHungup(16);\n\
  companion object { fun from(v: Int) = values().find { it.value == v } }\n}";
        assert_eq!(
            members(kotlin, CodeLanguage::Kotlin),
            vec![
                row("MeetingSessionStatusCode", "OK", "0"),
                row("MeetingSessionStatusCode", "Left", "1"),
                row("MeetingSessionStatusCode", "AudioServerHungup", "16"),
            ]
        );
        let dart = "@JsonEnum(alwaysCreate: true)\nenum ErrorCodeType {\n  /// 110: token\n  @JsonValue(110)\n  errInvalidToken,\n  @JsonValue(-2)\n  errNegative,\n}\n\
enum Enhanced { ok(0), failed(1); const Enhanced(this.code); final int code; }";
        assert_eq!(
            members(dart, CodeLanguage::Dart),
            vec![
                row("ErrorCodeType", "errInvalidToken", "110"),
                row("ErrorCodeType", "errNegative", "- 2"),
                row("Enhanced", "ok", "0"),
                row("Enhanced", "failed", "1"),
            ]
        );
    }

    #[test]
    fn protobuf_enums_at_the_top_and_in_messages() {
        let proto = "syntax = \"proto3\";\npackage livekit;\nimport \"x.proto\";\noption go_package = \"x\";\n\
enum DisconnectReason {\n  UNKNOWN_REASON = 0;\n  // the client initiated it\n  CLIENT_INITIATED = 1;\n  \
option allow_alias = true;\n  reserved 5, 7 to 9;\n  OLD = 2 [deprecated = true];\n}\n\
message Req {\n  string name = 1;\n  enum Reason {\n    UNKNOWN = 0;\n    LIMIT_EXCEEDED = 2;\n  }\n  oneof x { int32 a = 3; }\n}\n\
service S { rpc Join(Req) returns (Req); }";
        assert_eq!(
            members(proto, CodeLanguage::Protobuf),
            vec![
                row("DisconnectReason", "UNKNOWN_REASON", "0"),
                row("DisconnectReason", "CLIENT_INITIATED", "1"),
                row("DisconnectReason", "OLD", "2"),
                row("Req::Reason", "UNKNOWN", "0"),
                row("Req::Reason", "LIMIT_EXCEEDED", "2"),
            ],
            "options and reserved numbers are not members; message fields are not constants"
        );
        let scanned = scan(proto, CodeLanguage::Protobuf);
        assert!(scanned.problems.is_empty(), "{:?}", scanned.problems);
        assert!(scanned.members.iter().find(|m| m.name == "OLD").is_some_and(|m| m.deprecated));
    }

    #[test]
    fn attributes_before_a_name_are_skipped_and_anything_else_is_a_problem() {
        let src = "enum E { [[deprecated]] A = 1, B API_AVAILABLE(ios(10)) = 2, * stray C = 3, 0 D = 4 };";
        let s = scan(src, CodeLanguage::Cpp);
        let names: Vec<&str> = s.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, vec!["A", "B"]);
        let messages: Vec<&str> = s.problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("starts with `*`"), "{messages:?}");
        let java = "class C { @Deprecated(since = \"2\") public static final int X = 1; }";
        assert_eq!(members(java, CodeLanguage::Java), vec![row("C", "X", "1")]);
    }

    #[test]
    fn unclosed_blocks_and_strings_are_problems() {
        let s = scan("enum E { A = 1,\n  B = \"open\n", CodeLanguage::C);
        let messages: Vec<&str> = s.problems.iter().map(|p| p.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains("string")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("never closed: the file ends")), "{messages:?}");
        assert_eq!(s.members.len(), 2, "members before the end are still read");
    }
}
