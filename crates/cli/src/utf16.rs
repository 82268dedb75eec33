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
    /// A high surrogate waiting for its low one.
    high: Option<u16>,
    done: bool,
}

impl<R: Read> Utf16<R> {
    fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    fn unit(&mut self, u: u16) {
        if let Some(high) = self.high.take() {
            if (0xDC00..0xE000).contains(&u) {
                let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                self.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                return;
            }
            self.push(char::REPLACEMENT_CHARACTER);
        }
        match u {
            0xD800..0xDC00 => self.high = Some(u),
            0xDC00..0xE000 => self.push(char::REPLACEMENT_CHARACTER),
            _ => self.push(char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
    }

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
        if n == 0 {
            self.done = true;
            if self.odd.take().is_some() || self.high.take().is_some() {
                self.push(char::REPLACEMENT_CHARACTER);
            }
            return Ok(());
        }
        let mut bytes = raw[..n].iter().copied();
        while let Some(b) = self.odd.take().or_else(|| bytes.next()) {
            let Some(second) = bytes.next() else {
                self.odd = Some(b);
                break;
            };
            let pair = [b, second];
            self.unit(if self.big_endian { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) });
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

    #[test]
    fn other_input_passes_through_and_broken_units_are_replaced() {
        assert_eq!(read_all(b"plain code=-2301\n".to_vec()), "plain code=-2301\n");
        assert_eq!(read_all(b"x".to_vec()), "x");
        assert_eq!(read_all(Vec::new()), "");
        // A lone high surrogate, then a dangling byte.
        assert_eq!(read_all(vec![0xFF, 0xFE, 0x00, 0xD8, b'a', 0x00, 0x41]), "\u{FFFD}a\u{FFFD}");
    }
}
