package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"

	"github.com/prometheus/prometheus/tsdb/chunkenc"
)

// loadChunkList parses a ChunkList (u8 encoding, u32 LE length, chunk bytes; the layout the
// engines exchange, src/engine/engine.ts) and keeps the XOR chunks.
func loadChunkList(path string) ([]chunkenc.Chunk, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []chunkenc.Chunk
	for pos := 0; pos < len(raw); {
		if pos+5 > len(raw) {
			return nil, fmt.Errorf("%s: truncated chunk header at %d", path, pos)
		}
		enc := raw[pos]
		n := int(binary.LittleEndian.Uint32(raw[pos+1:]))
		if n > len(raw)-pos-5 {
			return nil, fmt.Errorf("%s: chunk at %d claims %d bytes, %d left", path, pos, n, len(raw)-pos-5)
		}
		data := raw[pos+5 : pos+5+n]
		pos += 5 + n
		if chunkenc.Encoding(enc) != chunkenc.EncXOR {
			continue
		}
		c, err := chunkenc.FromData(chunkenc.EncXOR, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no XOR chunks", path)
	}
	return out, nil
}

// benchXor iterates every chunk with chunkenc's XOR iterator, reading each sample (At), which
// is the work a querier does per sample. One op = the whole batch, as in our engines' one
// decodeChunks call.
func benchXor(path string, b budget) ([]caseResult, error) {
	chunks, err := loadChunkList(path)
	if err != nil {
		return nil, err
	}
	var it chunkenc.Iterator
	var samples int
	var sumT int64
	var xorV uint64
	var decodeErr error
	decode := func() {
		samples, sumT, xorV = 0, 0, 0
		for _, c := range chunks {
			it = c.Iterator(it)
			for it.Next() == chunkenc.ValFloat {
				t, v := it.At()
				samples++
				sumT += t
				xorV ^= math.Float64bits(v)
			}
			if err := it.Err(); err != nil && decodeErr == nil {
				decodeErr = err
			}
		}
	}
	t := measure(b, nil, decode)
	if decodeErr != nil {
		return nil, fmt.Errorf("%s: xor decode: %w", path, decodeErr)
	}
	c := caseResult{ID: "xor-decode", Check: xorCheck(samples, sumT, xorV), timing: t}
	progress(c)
	return []caseResult{c}, nil
}

// xorCheck is the summary all three contenders print for the decode case.
func xorCheck(samples int, sumT int64, xorV uint64) string {
	return fmt.Sprintf("%d samples, sum(t)=%d, xor(v)=%016x", samples, sumT, xorV)
}
