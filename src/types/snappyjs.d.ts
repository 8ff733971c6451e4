// Types for snappyjs (pure-JS Snappy, block format only; the package ships none). Remote read uses
// the snappy *block* format, which is exactly what these two functions speak.
declare module 'snappyjs' {
  /** Snappy block-format compression. Returns the same kind of buffer it was given. */
  export function compress<T extends Uint8Array>(input: T): T;
  /**
   * Snappy block-format decompression. Throws when the stream is invalid or when its declared
   * uncompressed length exceeds `maxLength`.
   */
  export function uncompress<T extends Uint8Array>(input: T, maxLength?: number): T;
}
