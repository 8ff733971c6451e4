// gRPC method definitions for grpc-js over the protobufjs static codecs of src/gen: plain objects
// (grpc-js needs nothing generated), shared by the server's own services and the proxies.
import type { MethodDefinition } from '@grpc/grpc-js';

/** What a generated message class offers: encode to a writer, decode from bytes. */
export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

/** A Buffer over the same bytes (no copy), which is what grpc-js wants from a serializer. */
export const toBuffer = (u8: Uint8Array): Buffer => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

/** One request, one response, both through their codecs. */
export function unary<Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>): MethodDefinition<Req, Res> {
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: Req) => toBuffer(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => toBuffer(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

/** One request, a stream of responses, both through their codecs. */
export function serverStream<Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>): MethodDefinition<Req, Res> {
  return { ...unary(path, req, res), responseStream: true };
}
