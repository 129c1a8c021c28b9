"""A page compressed once, with each visitor's CSRF token put in at serving.

DEFLATE blocks can follow one another: each part of the page between two
token placeholders is compressed once, on its own, ending on a byte boundary
(a sync flush), so that serving a page only writes the token between them as
a stored (uncompressed) block and adds gzip's checksum. The token is random and
left uncompressed, so it leaks nothing through the compressed size.
"""

import struct
import zlib

# gzip: deflate, no file name, no time, unknown system.
_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def deflate_parts(parts: list[bytes]) -> list[bytes]:
    """Each part compressed on its own; only the last ends the stream."""
    deflated = []
    for number, part in enumerate(parts):
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        last = number == len(parts) - 1
        deflated.append(
            compressor.compress(part)
            + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
        )
    return deflated


def _stored(data: bytes) -> bytes:
    # Not the last block, no compression (3 bits, then to the byte boundary).
    return b"\x00" + struct.pack("<HH", len(data), len(data) ^ 0xFFFF) + data


def gzip_joined(parts: list[bytes], deflated: list[bytes], fill: bytes) -> bytes:
    """The gzip file of the parts joined by ``fill``, from ``deflate_parts``."""
    out = [_HEADER]
    crc = size = 0
    for number, (part, block) in enumerate(zip(parts, deflated, strict=True)):
        if number:
            out.append(_stored(fill))
            crc = zlib.crc32(fill, crc)
            size += len(fill)
        out.append(block)
        crc = zlib.crc32(part, crc)
        size += len(part)
    out.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(out)
