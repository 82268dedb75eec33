//! Logs written as UTF-16 (Windows tools, PowerShell's `>` redirection) read as UTF-8 on the
//! fly, when the input opens with a UTF-16 byte-order mark; any other input passes through
//! unchanged. Unpaired surrogates and a dangling byte become U+FFFD, as invalid UTF-8 does.

use std::io::{self, Read};

/// `input` as UTF-8: decoded from UTF-16 if it opens with a UTF-16 byte-order mark.
pub fn as_utf8<'a>(mut input: impl Read + Send + 'a) -> io::Result<Box<dyn Read + Send + 'a>> {
    let mut head = [0u8; 2];
    let mut n = 0;
    while n < head.len() {
        match input.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let big_endian = match head[..n] {
        [0xFF, 0xFE] => false,
        [0xFE, 0xFF] => true,
        _ => return Ok(Box::new(io::Cursor::new(head[..n].to_vec()).chain(input))),
    };
    Ok(Box::new(Utf16 {
        inner: input,
        big_endian,
        out: Vec::new(),
        at: 0,
        odd: None,
        high: None,
        done: false,
    }))
}

struct Utf16<R> {
    inner: R,
    big_endian: bool,
    /// Decoded text not yet handed out, from `at`.
    out: Vec<u8>,
    at: usize,
    /// The first byte of a unit whose second has not been read yet.
    odd: Option<u8>,
    /// A high surrogate that ended the last chunk, waiting for its low one.
    high: Option<u16>,
    done: bool,
}

impl<R: Read> Utf16<R> {
    /// Decodes the next chunk of the input into `out`.
    fn fill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.at = 0;
        let mut raw = vec![0u8; 1 << 16];
        let n = loop {
            match self.inner.read(&mut raw) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        self.done = n == 0;
        let bytes: Vec<u8> = self.odd.take().into_iter().chain(raw[..n].iter().copied()).collect();
        let pairs = bytes.chunks_exact(2);
        self.odd = pairs.remainder().first().copied();
        let to_unit = |p: &[u8]| {
            if self.big_endian {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        };
        let mut units: Vec<u16> = self.high.take().into_iter().chain(pairs.map(to_unit)).collect();
        // A high surrogate at the end may pair with the next chunk's first unit.
        if !self.done && units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
            self.high = units.pop();
        }
        let text: String =
            char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
        self.out.extend_from_slice(text.as_bytes());
        if self.done && self.odd.take().is_some() {
            self.out.extend_from_slice(char::REPLACEMENT_CHARACTER.to_string().as_bytes());
        }
        Ok(())
    }
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.out.len() {
            if self.done {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::as_utf8;
    use std::io::Read;

    fn read_all(bytes: Vec<u8>) -> String {
        let mut s = String::new();
        as_utf8(&bytes[..]).and_then(|mut r| r.read_to_string(&mut s)).expect("reads");
        s
    }

    #[test]
    fn both_byte_orders_and_characters_beyond_the_basic_plane() {
        let text = "[TRTC] onError code=-1301 打开摄像头失败 😀\r\n";
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(read_all(le), text);
        assert_eq!(read_all(be), text);
    }

    /// Hands out one byte per read: every unit and surrogate pair is split across reads.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let Some(&b) = self.0.get(self.1) else { return Ok(0) };
            buf[0] = b;
            self.1 += 1;
            Ok(1)
        }
    }

    #[test]
    fn units_and_pairs_split_across_reads() {
        let text = "错误码 -1301 😀 done";
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let mut s = String::new();
        as_utf8(Trickle(le, 0)).and_then(|mut r| r.read_to_string(&mut s)).expect("reads");
        assert_eq!(s, text);
    }

    #[test]
    fn other_input_passes_through_and_broken_units_are_replaced() {
        assert_eq!(read_all(b"plain code=-2301\n".to_vec()), "plain code=-2301\n");
        assert_eq!(read_all(b"x".to_vec()), "x");
        assert_eq!(read_all(Vec::new()), "");
        // A lone high surrogate, then a dangling byte.
        assert_eq!(read_all(vec![0xFF, 0xFE, 0x00, 0xD8, b'a', 0x00, 0x41]), "\u{FFFD}a\u{FFFD}");
    }
}
