// gRPC server reflection (grpc.reflection.v1 and v1alpha, as the Go sidecar registers), loaded on
// its first call.
//
// @grpc/reflection describes our services from a package definition that @grpc/proto-loader
// parses from the .proto files, with its own copy of protobufjs: 3.3 MiB of heap held for the
// life of the process, for a service that grpcurl users call now and then. So the two methods are
// registered with pass-through (Buffer) serializers, and the first call loads the library, parses
// the protos and builds the implementations; every call then decodes its requests and encodes its
// answers with the library's own message types, in order.
import type { Server, ServerDuplexStream, ServiceDefinition } from '@grpc/grpc-js';

/** The library's per-version implementation: one answer per request (its public addToServer wraps this). */
interface VersionImpl {
  handleServerReflectionRequest(message: unknown): unknown;
}

interface Loaded {
  impl: VersionImpl;
  decode: (b: Buffer) => unknown;
  encode: (m: unknown) => Buffer;
}

type Version = 'v1' | 'v1alpha';
const VERSIONS: Version[] = ['v1', 'v1alpha'];

/** What the library loads its own reflection.proto with (its implementations expect these shapes). */
const LIBRARY_LOAD_OPTIONS = { longs: String, enums: String, bytes: Array, defaults: true, oneofs: true };

const methodPath = (v: Version) => `/grpc.reflection.${v}.ServerReflection/ServerReflectionInfo`;

/** Loads the library for `protoFiles`; one promise per version, shared by all calls. */
function loader(protoFiles: string[], includeDirs: string[]): (v: Version) => Promise<Loaded> {
  let all: Promise<Record<Version, Loaded>> | undefined;
  const load = async (): Promise<Record<Version, Loaded>> => {
    const [{ loadSync }, { ReflectionService }, grpc, { createRequire }] = await Promise.all([
      import('@grpc/proto-loader'),
      import('@grpc/reflection'),
      import('@grpc/grpc-js'),
      import('node:module'),
    ]);
    const pkg = loadSync(protoFiles, { includeDirs });
    // @grpc/reflection bundles its own proto-loader copy; the package definition shape is the same.
    const svc = new ReflectionService(pkg as unknown as ConstructorParameters<typeof ReflectionService>[0]) as unknown as Record<'v1' | 'v1Alpha', VersionImpl>;
    const require = createRequire(import.meta.url);
    const out = {} as Record<Version, Loaded>;
    for (const v of VERSIONS) {
      // The message types of the library's own reflection.proto for this version.
      const protoPath = require.resolve(`@grpc/reflection/build/proto/grpc/reflection/${v}/reflection.proto`);
      const def = grpc.loadPackageDefinition(loadSync(protoPath, LIBRARY_LOAD_OPTIONS)) as unknown as {
        grpc: { reflection: Record<Version, { ServerReflection: { service: ServiceDefinition } }> };
      };
      const m = def.grpc.reflection[v].ServerReflection.service.ServerReflectionInfo;
      out[v] = {
        impl: v === 'v1' ? svc.v1 : svc.v1Alpha,
        decode: (b) => m.requestDeserialize(b),
        encode: (x) => m.responseSerialize(x),
      };
    }
    return out;
  };
  return (v) => {
    all ??= load();
    return all.then((r) => r[v]);
  };
}

/** Registers both reflection versions on `server`, describing the services of `protoFiles`. */
export function addLazyReflection(server: Server, protoFiles: string[], includeDirs: string[]): void {
  const get = loader(protoFiles, includeDirs);
  for (const v of VERSIONS) {
    const definition: ServiceDefinition = {
      ServerReflectionInfo: {
        path: methodPath(v),
        requestStream: true,
        responseStream: true,
        requestSerialize: (b: Buffer) => b,
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (b: Buffer) => b,
        responseDeserialize: (b: Buffer) => b,
      },
    };
    server.addService(definition, {
      ServerReflectionInfo: (stream: ServerDuplexStream<Buffer, Buffer>) => {
        // Answers go out in request order: each waits for the load and for the one before it.
        let last: Promise<unknown> = get(v);
        stream.on('data', (req: Buffer) => {
          last = last.then(async () => {
            const { impl, decode, encode } = await get(v);
            stream.write(encode(impl.handleServerReflectionRequest(decode(req))));
          });
        });
        stream.on('end', () => {
          void last.then(
            () => stream.end(),
            (err: unknown) => stream.destroy(err instanceof Error ? err : new Error(String(err))),
          );
        });
      },
    });
  }
}
