// generated - do not edit. Produced by `npm run gen:proto` (scripts/gen-proto.mjs,
// protobufjs-cli static-module) from proto/**/*.proto.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["prompb"] || ($protobuf.roots["prompb"] = {});

export const prometheus = $root.prometheus = (() => {

    const prometheus = {};

    prometheus.ReadRequest = (function() {

        const ReadRequest = function (properties) {
            this.queries = [];
            this.acceptedResponseTypes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ReadRequest.prototype.queries = $util.emptyArray;
        ReadRequest.prototype.acceptedResponseTypes = $util.emptyArray;

        ReadRequest.create = function(properties) {
            return new ReadRequest(properties);
        };

        ReadRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queries != null && message.queries.length)
                for (let i = 0; i < message.queries.length; ++i)
                    $root.prometheus.Query.encode(message.queries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.acceptedResponseTypes != null && message.acceptedResponseTypes.length)
                writer.uint32(18).int32s(message.acceptedResponseTypes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ReadRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ReadRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.ReadRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.queries && message.queries.length))
                            message.queries = [];
                        message.queries.push($root.prometheus.Query.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.acceptedResponseTypes && message.acceptedResponseTypes.length))
                                message.acceptedResponseTypes = [];
                            reader.int32s(message.acceptedResponseTypes);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.acceptedResponseTypes && message.acceptedResponseTypes.length))
                            message.acceptedResponseTypes = [];
                        message.acceptedResponseTypes.push(reader.int32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ReadRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ReadRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.queries != null && $Object.hasOwnProperty.call(message, "queries")) {
                if (!$Array.isArray(message.queries))
                    return "queries: array expected";
                for (let i = 0; i < message.queries.length; ++i) {
                    let error = $root.prometheus.Query.verify(message.queries[i], _depth + 1);
                    if (error)
                        return "queries." + error;
                }
            }
            if (message.acceptedResponseTypes != null && $Object.hasOwnProperty.call(message, "acceptedResponseTypes")) {
                if (!$Array.isArray(message.acceptedResponseTypes))
                    return "acceptedResponseTypes: array expected";
                for (let i = 0; i < message.acceptedResponseTypes.length; ++i)
                    if (typeof message.acceptedResponseTypes[i] !== "number" || (message.acceptedResponseTypes[i] | 0) !== message.acceptedResponseTypes[i])
                        return "acceptedResponseTypes: enum value[] expected";
            }
            return null;
        };

        ReadRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.ReadRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.ReadRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.ReadRequest();
            if (object.queries) {
                if (!$Array.isArray(object.queries))
                    throw $TypeError(".prometheus.ReadRequest.queries: array expected");
                message.queries = $Array(object.queries.length);
                for (let i = 0; i < object.queries.length; ++i) {
                    if (!$util.isObject(object.queries[i]))
                        throw $TypeError(".prometheus.ReadRequest.queries: object expected");
                    message.queries[i] = $root.prometheus.Query.fromObject(object.queries[i], _depth + 1);
                }
            }
            if (object.acceptedResponseTypes) {
                if (!$Array.isArray(object.acceptedResponseTypes))
                    throw $TypeError(".prometheus.ReadRequest.acceptedResponseTypes: array expected");
                message.acceptedResponseTypes = [];
                for (let i = 0; i < object.acceptedResponseTypes.length; ++i)
                    switch (object.acceptedResponseTypes[i]) {
                    case "SAMPLES":
                    case 0:
                        message.acceptedResponseTypes[message.acceptedResponseTypes.length] = 0;
                        break;
                    case "STREAMED_XOR_CHUNKS":
                    case 1:
                        message.acceptedResponseTypes[message.acceptedResponseTypes.length] = 1;
                        break;
                    default:
                        if (typeof object.acceptedResponseTypes[i] === "number" && (object.acceptedResponseTypes[i] | 0) === object.acceptedResponseTypes[i])
                            message.acceptedResponseTypes[message.acceptedResponseTypes.length] = object.acceptedResponseTypes[i];
                    }
            }
            return message;
        };

        ReadRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.queries = [];
                object.acceptedResponseTypes = [];
            }
            if (message.queries && message.queries.length) {
                object.queries = $Array(message.queries.length);
                for (let j = 0; j < message.queries.length; ++j)
                    object.queries[j] = $root.prometheus.Query.toObject(message.queries[j], options, _depth + 1);
            }
            if (message.acceptedResponseTypes && message.acceptedResponseTypes.length) {
                object.acceptedResponseTypes = $Array(message.acceptedResponseTypes.length);
                for (let j = 0; j < message.acceptedResponseTypes.length; ++j)
                    object.acceptedResponseTypes[j] = options.enums === $String ? $root.prometheus.ReadRequest.ResponseType[message.acceptedResponseTypes[j]] === $undefined ? message.acceptedResponseTypes[j] : $root.prometheus.ReadRequest.ResponseType[message.acceptedResponseTypes[j]] : message.acceptedResponseTypes[j];
            }
            return object;
        };

        ReadRequest.prototype.toJSON = function() {
            return ReadRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ReadRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.ReadRequest";
        };

        ReadRequest.ResponseType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SAMPLES"] = 0;
            values[valuesById[1] = "STREAMED_XOR_CHUNKS"] = 1;
            return values;
        })();

        return ReadRequest;
    })();

    prometheus.ReadResponse = (function() {

        const ReadResponse = function (properties) {
            this.results = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ReadResponse.prototype.results = $util.emptyArray;

        ReadResponse.create = function(properties) {
            return new ReadResponse(properties);
        };

        ReadResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.results != null && message.results.length)
                for (let i = 0; i < message.results.length; ++i)
                    $root.prometheus.QueryResult.encode(message.results[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ReadResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ReadResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.ReadResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.results && message.results.length))
                            message.results = [];
                        message.results.push($root.prometheus.QueryResult.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ReadResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ReadResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                if (!$Array.isArray(message.results))
                    return "results: array expected";
                for (let i = 0; i < message.results.length; ++i) {
                    let error = $root.prometheus.QueryResult.verify(message.results[i], _depth + 1);
                    if (error)
                        return "results." + error;
                }
            }
            return null;
        };

        ReadResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.ReadResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.ReadResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.ReadResponse();
            if (object.results) {
                if (!$Array.isArray(object.results))
                    throw $TypeError(".prometheus.ReadResponse.results: array expected");
                message.results = $Array(object.results.length);
                for (let i = 0; i < object.results.length; ++i) {
                    if (!$util.isObject(object.results[i]))
                        throw $TypeError(".prometheus.ReadResponse.results: object expected");
                    message.results[i] = $root.prometheus.QueryResult.fromObject(object.results[i], _depth + 1);
                }
            }
            return message;
        };

        ReadResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.results = [];
            if (message.results && message.results.length) {
                object.results = $Array(message.results.length);
                for (let j = 0; j < message.results.length; ++j)
                    object.results[j] = $root.prometheus.QueryResult.toObject(message.results[j], options, _depth + 1);
            }
            return object;
        };

        ReadResponse.prototype.toJSON = function() {
            return ReadResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ReadResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.ReadResponse";
        };

        return ReadResponse;
    })();

    prometheus.Query = (function() {

        const Query = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Query.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Query.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Query.prototype.matchers = $util.emptyArray;
        Query.prototype.hints = null;

        Query.create = function(properties) {
            return new Query(properties);
        };

        Query.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.prometheus.LabelMatcher.encode(message.matchers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.prometheus.ReadHints.encode(message.hints, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Query.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Query.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Query();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.prometheus.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.prometheus.ReadHints.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Query.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Query.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (!$util.isInteger(message.startTimestampMs) && !(message.startTimestampMs && $util.isInteger(message.startTimestampMs.low) && $util.isInteger(message.startTimestampMs.high)))
                    return "startTimestampMs: integer|Long expected";
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (!$util.isInteger(message.endTimestampMs) && !(message.endTimestampMs && $util.isInteger(message.endTimestampMs.low) && $util.isInteger(message.endTimestampMs.high)))
                    return "endTimestampMs: integer|Long expected";
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                if (!$Array.isArray(message.matchers))
                    return "matchers: array expected";
                for (let i = 0; i < message.matchers.length; ++i) {
                    let error = $root.prometheus.LabelMatcher.verify(message.matchers[i], _depth + 1);
                    if (error)
                        return "matchers." + error;
                }
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.prometheus.ReadHints.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            return null;
        };

        Query.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Query)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Query: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Query();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".prometheus.Query.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".prometheus.Query.matchers: object expected");
                    message.matchers[i] = $root.prometheus.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".prometheus.Query.hints: object expected");
                message.hints = $root.prometheus.ReadHints.fromObject(object.hints, _depth + 1);
            }
            return message;
        };

        Query.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.hints = null;
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.prometheus.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.prometheus.ReadHints.toObject(message.hints, options, _depth + 1);
            return object;
        };

        Query.prototype.toJSON = function() {
            return Query.toObject(this, $protobuf.util.toJSONOptions);
        };

        Query.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Query";
        };

        return Query;
    })();

    prometheus.QueryResult = (function() {

        const QueryResult = function (properties) {
            this.timeseries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryResult.prototype.timeseries = $util.emptyArray;

        QueryResult.create = function(properties) {
            return new QueryResult(properties);
        };

        QueryResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timeseries != null && message.timeseries.length)
                for (let i = 0; i < message.timeseries.length; ++i)
                    $root.prometheus.TimeSeries.encode(message.timeseries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        QueryResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.QueryResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.timeseries && message.timeseries.length))
                            message.timeseries = [];
                        message.timeseries.push($root.prometheus.TimeSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueryResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        QueryResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.timeseries != null && $Object.hasOwnProperty.call(message, "timeseries")) {
                if (!$Array.isArray(message.timeseries))
                    return "timeseries: array expected";
                for (let i = 0; i < message.timeseries.length; ++i) {
                    let error = $root.prometheus.TimeSeries.verify(message.timeseries[i], _depth + 1);
                    if (error)
                        return "timeseries." + error;
                }
            }
            return null;
        };

        QueryResult.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.QueryResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.QueryResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.QueryResult();
            if (object.timeseries) {
                if (!$Array.isArray(object.timeseries))
                    throw $TypeError(".prometheus.QueryResult.timeseries: array expected");
                message.timeseries = $Array(object.timeseries.length);
                for (let i = 0; i < object.timeseries.length; ++i) {
                    if (!$util.isObject(object.timeseries[i]))
                        throw $TypeError(".prometheus.QueryResult.timeseries: object expected");
                    message.timeseries[i] = $root.prometheus.TimeSeries.fromObject(object.timeseries[i], _depth + 1);
                }
            }
            return message;
        };

        QueryResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.timeseries = [];
            if (message.timeseries && message.timeseries.length) {
                object.timeseries = $Array(message.timeseries.length);
                for (let j = 0; j < message.timeseries.length; ++j)
                    object.timeseries[j] = $root.prometheus.TimeSeries.toObject(message.timeseries[j], options, _depth + 1);
            }
            return object;
        };

        QueryResult.prototype.toJSON = function() {
            return QueryResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.QueryResult";
        };

        return QueryResult;
    })();

    prometheus.ChunkedReadResponse = (function() {

        const ChunkedReadResponse = function (properties) {
            this.chunkedSeries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChunkedReadResponse.prototype.chunkedSeries = $util.emptyArray;
        ChunkedReadResponse.prototype.queryIndex = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        ChunkedReadResponse.create = function(properties) {
            return new ChunkedReadResponse(properties);
        };

        ChunkedReadResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chunkedSeries != null && message.chunkedSeries.length)
                for (let i = 0; i < message.chunkedSeries.length; ++i)
                    $root.prometheus.ChunkedSeries.encode(message.chunkedSeries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.queryIndex != null && $Object.hasOwnProperty.call(message, "queryIndex") && (typeof message.queryIndex === "object" ? message.queryIndex.low || message.queryIndex.high : message.queryIndex !== 0))
                writer.uint32(16).int64(message.queryIndex);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChunkedReadResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ChunkedReadResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.ChunkedReadResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunkedSeries && message.chunkedSeries.length))
                            message.chunkedSeries = [];
                        message.chunkedSeries.push($root.prometheus.ChunkedSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queryIndex = value;
                        else
                            delete message.queryIndex;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChunkedReadResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ChunkedReadResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.chunkedSeries != null && $Object.hasOwnProperty.call(message, "chunkedSeries")) {
                if (!$Array.isArray(message.chunkedSeries))
                    return "chunkedSeries: array expected";
                for (let i = 0; i < message.chunkedSeries.length; ++i) {
                    let error = $root.prometheus.ChunkedSeries.verify(message.chunkedSeries[i], _depth + 1);
                    if (error)
                        return "chunkedSeries." + error;
                }
            }
            if (message.queryIndex != null && $Object.hasOwnProperty.call(message, "queryIndex"))
                if (!$util.isInteger(message.queryIndex) && !(message.queryIndex && $util.isInteger(message.queryIndex.low) && $util.isInteger(message.queryIndex.high)))
                    return "queryIndex: integer|Long expected";
            return null;
        };

        ChunkedReadResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.ChunkedReadResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.ChunkedReadResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.ChunkedReadResponse();
            if (object.chunkedSeries) {
                if (!$Array.isArray(object.chunkedSeries))
                    throw $TypeError(".prometheus.ChunkedReadResponse.chunkedSeries: array expected");
                message.chunkedSeries = $Array(object.chunkedSeries.length);
                for (let i = 0; i < object.chunkedSeries.length; ++i) {
                    if (!$util.isObject(object.chunkedSeries[i]))
                        throw $TypeError(".prometheus.ChunkedReadResponse.chunkedSeries: object expected");
                    message.chunkedSeries[i] = $root.prometheus.ChunkedSeries.fromObject(object.chunkedSeries[i], _depth + 1);
                }
            }
            if (object.queryIndex != null)
                if (typeof object.queryIndex === "object" ? object.queryIndex.low || object.queryIndex.high : $Number(object.queryIndex) !== 0)
                    if ($util.Long)
                        message.queryIndex = $util.Long.fromValue(object.queryIndex, false);
                    else if (typeof object.queryIndex === "string")
                        message.queryIndex = $parseInt(object.queryIndex, 10);
                    else if (typeof object.queryIndex === "number")
                        message.queryIndex = object.queryIndex;
                    else if (typeof object.queryIndex === "object")
                        message.queryIndex = new $util.LongBits(object.queryIndex.low >>> 0, object.queryIndex.high >>> 0).toNumber();
            return message;
        };

        ChunkedReadResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunkedSeries = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queryIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queryIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.chunkedSeries && message.chunkedSeries.length) {
                object.chunkedSeries = $Array(message.chunkedSeries.length);
                for (let j = 0; j < message.chunkedSeries.length; ++j)
                    object.chunkedSeries[j] = $root.prometheus.ChunkedSeries.toObject(message.chunkedSeries[j], options, _depth + 1);
            }
            if (message.queryIndex != null && $Object.hasOwnProperty.call(message, "queryIndex"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queryIndex = typeof message.queryIndex === "number" ? $BigInt(message.queryIndex) : $util.Long.fromBits(message.queryIndex.low >>> 0, message.queryIndex.high >>> 0, false).toBigInt();
                else if (typeof message.queryIndex === "number")
                    object.queryIndex = options.longs === $String ? $String(message.queryIndex) : message.queryIndex;
                else
                    object.queryIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.queryIndex) : options.longs === $Number ? new $util.LongBits(message.queryIndex.low >>> 0, message.queryIndex.high >>> 0).toNumber() : message.queryIndex;
            return object;
        };

        ChunkedReadResponse.prototype.toJSON = function() {
            return ChunkedReadResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ChunkedReadResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.ChunkedReadResponse";
        };

        return ChunkedReadResponse;
    })();

    prometheus.Sample = (function() {

        const Sample = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Sample.prototype.value = 0;
        Sample.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Sample.create = function(properties) {
            return new Sample(properties);
        };

        Sample.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(9).double(message.value);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(16).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Sample.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Sample.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Sample();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Sample.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Sample.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof message.value !== "number")
                    return "value: number expected";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            return null;
        };

        Sample.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Sample)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Sample: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Sample();
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        Sample.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.value = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        Sample.prototype.toJSON = function() {
            return Sample.toObject(this, $protobuf.util.toJSONOptions);
        };

        Sample.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Sample";
        };

        return Sample;
    })();

    prometheus.Exemplar = (function() {

        const Exemplar = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Exemplar.prototype.labels = $util.emptyArray;
        Exemplar.prototype.value = 0;
        Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Exemplar.create = function(properties) {
            return new Exemplar(properties);
        };

        Exemplar.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(17).double(message.value);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(24).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Exemplar.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Exemplar.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Exemplar();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Exemplar.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Exemplar.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i) {
                    let error = $root.prometheus.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof message.value !== "number")
                    return "value: number expected";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            return null;
        };

        Exemplar.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Exemplar)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Exemplar: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Exemplar();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.Exemplar.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.Exemplar.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        Exemplar.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (options.defaults) {
                object.value = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        Exemplar.prototype.toJSON = function() {
            return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
        };

        Exemplar.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Exemplar";
        };

        return Exemplar;
    })();

    prometheus.Histogram = (function() {

        const Histogram = function (properties) {
            this.negativeSpans = [];
            this.negativeDeltas = [];
            this.negativeCounts = [];
            this.positiveSpans = [];
            this.positiveDeltas = [];
            this.positiveCounts = [];
            this.customValues = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Histogram.prototype.countInt = null;
        Histogram.prototype.countFloat = null;
        Histogram.prototype.sum = 0;
        Histogram.prototype.schema = 0;
        Histogram.prototype.zeroThreshold = 0;
        Histogram.prototype.zeroCountInt = null;
        Histogram.prototype.zeroCountFloat = null;
        Histogram.prototype.negativeSpans = $util.emptyArray;
        Histogram.prototype.negativeDeltas = $util.emptyArray;
        Histogram.prototype.negativeCounts = $util.emptyArray;
        Histogram.prototype.positiveSpans = $util.emptyArray;
        Histogram.prototype.positiveDeltas = $util.emptyArray;
        Histogram.prototype.positiveCounts = $util.emptyArray;
        Histogram.prototype.resetHint = 0;
        Histogram.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Histogram.prototype.customValues = $util.emptyArray;

        let $oneOfFields;

        $Object.defineProperty(Histogram.prototype, "count", {
            get: $util.oneOfGetter($oneOfFields = ["countInt", "countFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        $Object.defineProperty(Histogram.prototype, "zeroCount", {
            get: $util.oneOfGetter($oneOfFields = ["zeroCountInt", "zeroCountFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Histogram.create = function(properties) {
            return new Histogram(properties);
        };

        Histogram.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt"))
                writer.uint32(8).uint64(message.countInt);
            if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat"))
                writer.uint32(17).double(message.countFloat);
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                writer.uint32(25).double(message.sum);
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema") && message.schema !== 0)
                writer.uint32(32).sint32(message.schema);
            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold") && !$Object.is(message.zeroThreshold, 0))
                writer.uint32(41).double(message.zeroThreshold);
            if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt"))
                writer.uint32(48).uint64(message.zeroCountInt);
            if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat"))
                writer.uint32(57).double(message.zeroCountFloat);
            if (message.negativeSpans != null && message.negativeSpans.length)
                for (let i = 0; i < message.negativeSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(message.negativeSpans[i], writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.negativeDeltas != null && message.negativeDeltas.length)
                writer.uint32(74).sint64s(message.negativeDeltas);
            if (message.negativeCounts != null && message.negativeCounts.length)
                writer.uint32(82).doubles(message.negativeCounts);
            if (message.positiveSpans != null && message.positiveSpans.length)
                for (let i = 0; i < message.positiveSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(message.positiveSpans[i], writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.positiveDeltas != null && message.positiveDeltas.length)
                writer.uint32(98).sint64s(message.positiveDeltas);
            if (message.positiveCounts != null && message.positiveCounts.length)
                writer.uint32(106).doubles(message.positiveCounts);
            if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint") && message.resetHint !== 0)
                writer.uint32(112).int32(message.resetHint);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(120).int64(message.timestamp);
            if (message.customValues != null && message.customValues.length)
                writer.uint32(130).doubles(message.customValues);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Histogram.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Histogram.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Histogram();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.countInt = reader.uint64();
                        message.count = "countInt";
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        message.countFloat = reader.double();
                        message.count = "countFloat";
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.sum = value;
                        else
                            delete message.sum;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.schema = value;
                        else
                            delete message.schema;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.zeroThreshold = value;
                        else
                            delete message.zeroThreshold;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.zeroCountInt = reader.uint64();
                        message.zeroCount = "zeroCountInt";
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        message.zeroCountFloat = reader.double();
                        message.zeroCount = "zeroCountFloat";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.negativeSpans && message.negativeSpans.length))
                            message.negativeSpans = [];
                        message.negativeSpans.push($root.prometheus.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.negativeDeltas && message.negativeDeltas.length))
                                message.negativeDeltas = [];
                            reader.sint64s(message.negativeDeltas);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.negativeDeltas && message.negativeDeltas.length))
                            message.negativeDeltas = [];
                        message.negativeDeltas.push(reader.sint64());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.negativeCounts && message.negativeCounts.length))
                                message.negativeCounts = [];
                            reader.doubles(message.negativeCounts);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.negativeCounts && message.negativeCounts.length))
                            message.negativeCounts = [];
                        message.negativeCounts.push(reader.double());
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.positiveSpans && message.positiveSpans.length))
                            message.positiveSpans = [];
                        message.positiveSpans.push($root.prometheus.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType === 2) {
                            if (!(message.positiveDeltas && message.positiveDeltas.length))
                                message.positiveDeltas = [];
                            reader.sint64s(message.positiveDeltas);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.positiveDeltas && message.positiveDeltas.length))
                            message.positiveDeltas = [];
                        message.positiveDeltas.push(reader.sint64());
                        continue;
                    }
                case 13: {
                        if (wireType === 2) {
                            if (!(message.positiveCounts && message.positiveCounts.length))
                                message.positiveCounts = [];
                            reader.doubles(message.positiveCounts);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.positiveCounts && message.positiveCounts.length))
                            message.positiveCounts = [];
                        message.positiveCounts.push(reader.double());
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.resetHint = value;
                        else
                            delete message.resetHint;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 16: {
                        if (wireType === 2) {
                            if (!(message.customValues && message.customValues.length))
                                message.customValues = [];
                            reader.doubles(message.customValues);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.customValues && message.customValues.length))
                            message.customValues = [];
                        message.customValues.push(reader.double());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Histogram.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Histogram.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt")) {
                properties.count = 1;
                if (!$util.isInteger(message.countInt) && !(message.countInt && $util.isInteger(message.countInt.low) && $util.isInteger(message.countInt.high)))
                    return "countInt: integer|Long expected";
            }
            if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat")) {
                if (properties.count === 1)
                    return "count: multiple values";
                properties.count = 1;
                if (typeof message.countFloat !== "number")
                    return "countFloat: number expected";
            }
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                if (typeof message.sum !== "number")
                    return "sum: number expected";
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                if (!$util.isInteger(message.schema))
                    return "schema: integer expected";
            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                if (typeof message.zeroThreshold !== "number")
                    return "zeroThreshold: number expected";
            if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt")) {
                properties.zeroCount = 1;
                if (!$util.isInteger(message.zeroCountInt) && !(message.zeroCountInt && $util.isInteger(message.zeroCountInt.low) && $util.isInteger(message.zeroCountInt.high)))
                    return "zeroCountInt: integer|Long expected";
            }
            if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat")) {
                if (properties.zeroCount === 1)
                    return "zeroCount: multiple values";
                properties.zeroCount = 1;
                if (typeof message.zeroCountFloat !== "number")
                    return "zeroCountFloat: number expected";
            }
            if (message.negativeSpans != null && $Object.hasOwnProperty.call(message, "negativeSpans")) {
                if (!$Array.isArray(message.negativeSpans))
                    return "negativeSpans: array expected";
                for (let i = 0; i < message.negativeSpans.length; ++i) {
                    let error = $root.prometheus.BucketSpan.verify(message.negativeSpans[i], _depth + 1);
                    if (error)
                        return "negativeSpans." + error;
                }
            }
            if (message.negativeDeltas != null && $Object.hasOwnProperty.call(message, "negativeDeltas")) {
                if (!$Array.isArray(message.negativeDeltas))
                    return "negativeDeltas: array expected";
                for (let i = 0; i < message.negativeDeltas.length; ++i)
                    if (!$util.isInteger(message.negativeDeltas[i]) && !(message.negativeDeltas[i] && $util.isInteger(message.negativeDeltas[i].low) && $util.isInteger(message.negativeDeltas[i].high)))
                        return "negativeDeltas: integer|Long[] expected";
            }
            if (message.negativeCounts != null && $Object.hasOwnProperty.call(message, "negativeCounts")) {
                if (!$Array.isArray(message.negativeCounts))
                    return "negativeCounts: array expected";
                for (let i = 0; i < message.negativeCounts.length; ++i)
                    if (typeof message.negativeCounts[i] !== "number")
                        return "negativeCounts: number[] expected";
            }
            if (message.positiveSpans != null && $Object.hasOwnProperty.call(message, "positiveSpans")) {
                if (!$Array.isArray(message.positiveSpans))
                    return "positiveSpans: array expected";
                for (let i = 0; i < message.positiveSpans.length; ++i) {
                    let error = $root.prometheus.BucketSpan.verify(message.positiveSpans[i], _depth + 1);
                    if (error)
                        return "positiveSpans." + error;
                }
            }
            if (message.positiveDeltas != null && $Object.hasOwnProperty.call(message, "positiveDeltas")) {
                if (!$Array.isArray(message.positiveDeltas))
                    return "positiveDeltas: array expected";
                for (let i = 0; i < message.positiveDeltas.length; ++i)
                    if (!$util.isInteger(message.positiveDeltas[i]) && !(message.positiveDeltas[i] && $util.isInteger(message.positiveDeltas[i].low) && $util.isInteger(message.positiveDeltas[i].high)))
                        return "positiveDeltas: integer|Long[] expected";
            }
            if (message.positiveCounts != null && $Object.hasOwnProperty.call(message, "positiveCounts")) {
                if (!$Array.isArray(message.positiveCounts))
                    return "positiveCounts: array expected";
                for (let i = 0; i < message.positiveCounts.length; ++i)
                    if (typeof message.positiveCounts[i] !== "number")
                        return "positiveCounts: number[] expected";
            }
            if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint"))
                if (typeof message.resetHint !== "number" || (message.resetHint | 0) !== message.resetHint)
                    return "resetHint: enum value expected";
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (!$util.isInteger(message.timestamp) && !(message.timestamp && $util.isInteger(message.timestamp.low) && $util.isInteger(message.timestamp.high)))
                    return "timestamp: integer|Long expected";
            if (message.customValues != null && $Object.hasOwnProperty.call(message, "customValues")) {
                if (!$Array.isArray(message.customValues))
                    return "customValues: array expected";
                for (let i = 0; i < message.customValues.length; ++i)
                    if (typeof message.customValues[i] !== "number")
                        return "customValues: number[] expected";
            }
            return null;
        };

        Histogram.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Histogram)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Histogram: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Histogram();
            if (object.countInt != null)
                if ($util.Long)
                    message.countInt = $util.Long.fromValue(object.countInt, true);
                else if (typeof object.countInt === "string")
                    message.countInt = $parseInt(object.countInt, 10);
                else if (typeof object.countInt === "number")
                    message.countInt = object.countInt;
                else if (typeof object.countInt === "object")
                    message.countInt = new $util.LongBits(object.countInt.low >>> 0, object.countInt.high >>> 0).toNumber(true);
            if (object.countFloat != null)
                message.countFloat = $Number(object.countFloat);
            if (object.sum != null)
                if (!$Object.is($Number(object.sum), 0))
                    message.sum = $Number(object.sum);
            if (object.schema != null)
                if ($Number(object.schema) !== 0)
                    message.schema = object.schema | 0;
            if (object.zeroThreshold != null)
                if (!$Object.is($Number(object.zeroThreshold), 0))
                    message.zeroThreshold = $Number(object.zeroThreshold);
            if (object.zeroCountInt != null)
                if ($util.Long)
                    message.zeroCountInt = $util.Long.fromValue(object.zeroCountInt, true);
                else if (typeof object.zeroCountInt === "string")
                    message.zeroCountInt = $parseInt(object.zeroCountInt, 10);
                else if (typeof object.zeroCountInt === "number")
                    message.zeroCountInt = object.zeroCountInt;
                else if (typeof object.zeroCountInt === "object")
                    message.zeroCountInt = new $util.LongBits(object.zeroCountInt.low >>> 0, object.zeroCountInt.high >>> 0).toNumber(true);
            if (object.zeroCountFloat != null)
                message.zeroCountFloat = $Number(object.zeroCountFloat);
            if (object.negativeSpans) {
                if (!$Array.isArray(object.negativeSpans))
                    throw $TypeError(".prometheus.Histogram.negativeSpans: array expected");
                message.negativeSpans = $Array(object.negativeSpans.length);
                for (let i = 0; i < object.negativeSpans.length; ++i) {
                    if (!$util.isObject(object.negativeSpans[i]))
                        throw $TypeError(".prometheus.Histogram.negativeSpans: object expected");
                    message.negativeSpans[i] = $root.prometheus.BucketSpan.fromObject(object.negativeSpans[i], _depth + 1);
                }
            }
            if (object.negativeDeltas) {
                if (!$Array.isArray(object.negativeDeltas))
                    throw $TypeError(".prometheus.Histogram.negativeDeltas: array expected");
                message.negativeDeltas = $Array(object.negativeDeltas.length);
                for (let i = 0; i < object.negativeDeltas.length; ++i)
                    if ($util.Long)
                        message.negativeDeltas[i] = $util.Long.fromValue(object.negativeDeltas[i], false);
                    else if (typeof object.negativeDeltas[i] === "string")
                        message.negativeDeltas[i] = $parseInt(object.negativeDeltas[i], 10);
                    else if (typeof object.negativeDeltas[i] === "number")
                        message.negativeDeltas[i] = object.negativeDeltas[i];
                    else if (typeof object.negativeDeltas[i] === "object")
                        message.negativeDeltas[i] = new $util.LongBits(object.negativeDeltas[i].low >>> 0, object.negativeDeltas[i].high >>> 0).toNumber();
            }
            if (object.negativeCounts) {
                if (!$Array.isArray(object.negativeCounts))
                    throw $TypeError(".prometheus.Histogram.negativeCounts: array expected");
                message.negativeCounts = $Array(object.negativeCounts.length);
                for (let i = 0; i < object.negativeCounts.length; ++i)
                    message.negativeCounts[i] = $Number(object.negativeCounts[i]);
            }
            if (object.positiveSpans) {
                if (!$Array.isArray(object.positiveSpans))
                    throw $TypeError(".prometheus.Histogram.positiveSpans: array expected");
                message.positiveSpans = $Array(object.positiveSpans.length);
                for (let i = 0; i < object.positiveSpans.length; ++i) {
                    if (!$util.isObject(object.positiveSpans[i]))
                        throw $TypeError(".prometheus.Histogram.positiveSpans: object expected");
                    message.positiveSpans[i] = $root.prometheus.BucketSpan.fromObject(object.positiveSpans[i], _depth + 1);
                }
            }
            if (object.positiveDeltas) {
                if (!$Array.isArray(object.positiveDeltas))
                    throw $TypeError(".prometheus.Histogram.positiveDeltas: array expected");
                message.positiveDeltas = $Array(object.positiveDeltas.length);
                for (let i = 0; i < object.positiveDeltas.length; ++i)
                    if ($util.Long)
                        message.positiveDeltas[i] = $util.Long.fromValue(object.positiveDeltas[i], false);
                    else if (typeof object.positiveDeltas[i] === "string")
                        message.positiveDeltas[i] = $parseInt(object.positiveDeltas[i], 10);
                    else if (typeof object.positiveDeltas[i] === "number")
                        message.positiveDeltas[i] = object.positiveDeltas[i];
                    else if (typeof object.positiveDeltas[i] === "object")
                        message.positiveDeltas[i] = new $util.LongBits(object.positiveDeltas[i].low >>> 0, object.positiveDeltas[i].high >>> 0).toNumber();
            }
            if (object.positiveCounts) {
                if (!$Array.isArray(object.positiveCounts))
                    throw $TypeError(".prometheus.Histogram.positiveCounts: array expected");
                message.positiveCounts = $Array(object.positiveCounts.length);
                for (let i = 0; i < object.positiveCounts.length; ++i)
                    message.positiveCounts[i] = $Number(object.positiveCounts[i]);
            }
            if (object.resetHint !== 0 && (typeof object.resetHint !== "string" || $root.prometheus.Histogram.ResetHint[object.resetHint] !== 0))
                switch (object.resetHint) {
                case "UNKNOWN":
                case 0:
                    message.resetHint = 0;
                    break;
                case "YES":
                case 1:
                    message.resetHint = 1;
                    break;
                case "NO":
                case 2:
                    message.resetHint = 2;
                    break;
                case "GAUGE":
                case 3:
                    message.resetHint = 3;
                    break;
                default:
                    if (typeof object.resetHint === "number" && (object.resetHint | 0) === object.resetHint)
                        message.resetHint = object.resetHint;
                }
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            if (object.customValues) {
                if (!$Array.isArray(object.customValues))
                    throw $TypeError(".prometheus.Histogram.customValues: array expected");
                message.customValues = $Array(object.customValues.length);
                for (let i = 0; i < object.customValues.length; ++i)
                    message.customValues[i] = $Number(object.customValues[i]);
            }
            return message;
        };

        Histogram.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.negativeSpans = [];
                object.negativeDeltas = [];
                object.negativeCounts = [];
                object.positiveSpans = [];
                object.positiveDeltas = [];
                object.positiveCounts = [];
                object.customValues = [];
            }
            if (options.defaults) {
                object.sum = 0;
                object.schema = 0;
                object.zeroThreshold = 0;
                object.resetHint = options.enums === $String ? "UNKNOWN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.countInt = typeof message.countInt === "number" ? $BigInt(message.countInt) : $util.Long.fromBits(message.countInt.low >>> 0, message.countInt.high >>> 0, true).toBigInt();
                else if (typeof message.countInt === "number")
                    object.countInt = options.longs === $String ? $String(message.countInt) : message.countInt;
                else
                    object.countInt = options.longs === $String ? $util.Long.prototype.toString.call(message.countInt) : options.longs === $Number ? new $util.LongBits(message.countInt.low >>> 0, message.countInt.high >>> 0).toNumber(true) : message.countInt;
                if (options.oneofs)
                    object.count = "countInt";
            }
            if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat")) {
                object.countFloat = options.json && !$isFinite(message.countFloat) ? $String(message.countFloat) : message.countFloat;
                if (options.oneofs)
                    object.count = "countFloat";
            }
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                object.schema = message.schema;
            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                object.zeroThreshold = options.json && !$isFinite(message.zeroThreshold) ? $String(message.zeroThreshold) : message.zeroThreshold;
            if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.zeroCountInt = typeof message.zeroCountInt === "number" ? $BigInt(message.zeroCountInt) : $util.Long.fromBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0, true).toBigInt();
                else if (typeof message.zeroCountInt === "number")
                    object.zeroCountInt = options.longs === $String ? $String(message.zeroCountInt) : message.zeroCountInt;
                else
                    object.zeroCountInt = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroCountInt) : options.longs === $Number ? new $util.LongBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0).toNumber(true) : message.zeroCountInt;
                if (options.oneofs)
                    object.zeroCount = "zeroCountInt";
            }
            if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat")) {
                object.zeroCountFloat = options.json && !$isFinite(message.zeroCountFloat) ? $String(message.zeroCountFloat) : message.zeroCountFloat;
                if (options.oneofs)
                    object.zeroCount = "zeroCountFloat";
            }
            if (message.negativeSpans && message.negativeSpans.length) {
                object.negativeSpans = $Array(message.negativeSpans.length);
                for (let j = 0; j < message.negativeSpans.length; ++j)
                    object.negativeSpans[j] = $root.prometheus.BucketSpan.toObject(message.negativeSpans[j], options, _depth + 1);
            }
            if (message.negativeDeltas && message.negativeDeltas.length) {
                object.negativeDeltas = $Array(message.negativeDeltas.length);
                for (let j = 0; j < message.negativeDeltas.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.negativeDeltas[j] = typeof message.negativeDeltas[j] === "number" ? $BigInt(message.negativeDeltas[j]) : $util.Long.fromBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof message.negativeDeltas[j] === "number")
                        object.negativeDeltas[j] = options.longs === $String ? $String(message.negativeDeltas[j]) : message.negativeDeltas[j];
                    else
                        object.negativeDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.negativeDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0).toNumber() : message.negativeDeltas[j];
            }
            if (message.negativeCounts && message.negativeCounts.length) {
                object.negativeCounts = $Array(message.negativeCounts.length);
                for (let j = 0; j < message.negativeCounts.length; ++j)
                    object.negativeCounts[j] = options.json && !$isFinite(message.negativeCounts[j]) ? $String(message.negativeCounts[j]) : message.negativeCounts[j];
            }
            if (message.positiveSpans && message.positiveSpans.length) {
                object.positiveSpans = $Array(message.positiveSpans.length);
                for (let j = 0; j < message.positiveSpans.length; ++j)
                    object.positiveSpans[j] = $root.prometheus.BucketSpan.toObject(message.positiveSpans[j], options, _depth + 1);
            }
            if (message.positiveDeltas && message.positiveDeltas.length) {
                object.positiveDeltas = $Array(message.positiveDeltas.length);
                for (let j = 0; j < message.positiveDeltas.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.positiveDeltas[j] = typeof message.positiveDeltas[j] === "number" ? $BigInt(message.positiveDeltas[j]) : $util.Long.fromBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof message.positiveDeltas[j] === "number")
                        object.positiveDeltas[j] = options.longs === $String ? $String(message.positiveDeltas[j]) : message.positiveDeltas[j];
                    else
                        object.positiveDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.positiveDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0).toNumber() : message.positiveDeltas[j];
            }
            if (message.positiveCounts && message.positiveCounts.length) {
                object.positiveCounts = $Array(message.positiveCounts.length);
                for (let j = 0; j < message.positiveCounts.length; ++j)
                    object.positiveCounts[j] = options.json && !$isFinite(message.positiveCounts[j]) ? $String(message.positiveCounts[j]) : message.positiveCounts[j];
            }
            if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint"))
                object.resetHint = options.enums === $String ? $root.prometheus.Histogram.ResetHint[message.resetHint] === $undefined ? message.resetHint : $root.prometheus.Histogram.ResetHint[message.resetHint] : message.resetHint;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            if (message.customValues && message.customValues.length) {
                object.customValues = $Array(message.customValues.length);
                for (let j = 0; j < message.customValues.length; ++j)
                    object.customValues[j] = options.json && !$isFinite(message.customValues[j]) ? $String(message.customValues[j]) : message.customValues[j];
            }
            return object;
        };

        Histogram.prototype.toJSON = function() {
            return Histogram.toObject(this, $protobuf.util.toJSONOptions);
        };

        Histogram.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Histogram";
        };

        Histogram.ResetHint = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "YES"] = 1;
            values[valuesById[2] = "NO"] = 2;
            values[valuesById[3] = "GAUGE"] = 3;
            return values;
        })();

        return Histogram;
    })();

    prometheus.BucketSpan = (function() {

        const BucketSpan = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        BucketSpan.prototype.offset = 0;
        BucketSpan.prototype.length = 0;

        BucketSpan.create = function(properties) {
            return new BucketSpan(properties);
        };

        BucketSpan.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                writer.uint32(8).sint32(message.offset);
            if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                writer.uint32(16).uint32(message.length);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        BucketSpan.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        BucketSpan.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.BucketSpan();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.length = value;
                        else
                            delete message.length;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        BucketSpan.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        BucketSpan.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                if (!$util.isInteger(message.offset))
                    return "offset: integer expected";
            if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                if (!$util.isInteger(message.length))
                    return "length: integer expected";
            return null;
        };

        BucketSpan.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.BucketSpan)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.BucketSpan: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.BucketSpan();
            if (object.offset != null)
                if ($Number(object.offset) !== 0)
                    message.offset = object.offset | 0;
            if (object.length != null)
                if ($Number(object.length) !== 0)
                    message.length = object.length >>> 0;
            return message;
        };

        BucketSpan.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.offset = 0;
                object.length = 0;
            }
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                object.offset = message.offset;
            if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            return object;
        };

        BucketSpan.prototype.toJSON = function() {
            return BucketSpan.toObject(this, $protobuf.util.toJSONOptions);
        };

        BucketSpan.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.BucketSpan";
        };

        return BucketSpan;
    })();

    prometheus.TimeSeries = (function() {

        const TimeSeries = function (properties) {
            this.labels = [];
            this.samples = [];
            this.exemplars = [];
            this.histograms = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TimeSeries.prototype.labels = $util.emptyArray;
        TimeSeries.prototype.samples = $util.emptyArray;
        TimeSeries.prototype.exemplars = $util.emptyArray;
        TimeSeries.prototype.histograms = $util.emptyArray;

        TimeSeries.create = function(properties) {
            return new TimeSeries(properties);
        };

        TimeSeries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.samples != null && message.samples.length)
                for (let i = 0; i < message.samples.length; ++i)
                    $root.prometheus.Sample.encode(message.samples[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.exemplars != null && message.exemplars.length)
                for (let i = 0; i < message.exemplars.length; ++i)
                    $root.prometheus.Exemplar.encode(message.exemplars[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.histograms != null && message.histograms.length)
                for (let i = 0; i < message.histograms.length; ++i)
                    $root.prometheus.Histogram.encode(message.histograms[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TimeSeries.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TimeSeries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.TimeSeries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.samples && message.samples.length))
                            message.samples = [];
                        message.samples.push($root.prometheus.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.exemplars && message.exemplars.length))
                            message.exemplars = [];
                        message.exemplars.push($root.prometheus.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.histograms && message.histograms.length))
                            message.histograms = [];
                        message.histograms.push($root.prometheus.Histogram.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TimeSeries.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TimeSeries.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i) {
                    let error = $root.prometheus.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            if (message.samples != null && $Object.hasOwnProperty.call(message, "samples")) {
                if (!$Array.isArray(message.samples))
                    return "samples: array expected";
                for (let i = 0; i < message.samples.length; ++i) {
                    let error = $root.prometheus.Sample.verify(message.samples[i], _depth + 1);
                    if (error)
                        return "samples." + error;
                }
            }
            if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars")) {
                if (!$Array.isArray(message.exemplars))
                    return "exemplars: array expected";
                for (let i = 0; i < message.exemplars.length; ++i) {
                    let error = $root.prometheus.Exemplar.verify(message.exemplars[i], _depth + 1);
                    if (error)
                        return "exemplars." + error;
                }
            }
            if (message.histograms != null && $Object.hasOwnProperty.call(message, "histograms")) {
                if (!$Array.isArray(message.histograms))
                    return "histograms: array expected";
                for (let i = 0; i < message.histograms.length; ++i) {
                    let error = $root.prometheus.Histogram.verify(message.histograms[i], _depth + 1);
                    if (error)
                        return "histograms." + error;
                }
            }
            return null;
        };

        TimeSeries.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.TimeSeries)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.TimeSeries: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.TimeSeries();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.TimeSeries.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.TimeSeries.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.samples) {
                if (!$Array.isArray(object.samples))
                    throw $TypeError(".prometheus.TimeSeries.samples: array expected");
                message.samples = $Array(object.samples.length);
                for (let i = 0; i < object.samples.length; ++i) {
                    if (!$util.isObject(object.samples[i]))
                        throw $TypeError(".prometheus.TimeSeries.samples: object expected");
                    message.samples[i] = $root.prometheus.Sample.fromObject(object.samples[i], _depth + 1);
                }
            }
            if (object.exemplars) {
                if (!$Array.isArray(object.exemplars))
                    throw $TypeError(".prometheus.TimeSeries.exemplars: array expected");
                message.exemplars = $Array(object.exemplars.length);
                for (let i = 0; i < object.exemplars.length; ++i) {
                    if (!$util.isObject(object.exemplars[i]))
                        throw $TypeError(".prometheus.TimeSeries.exemplars: object expected");
                    message.exemplars[i] = $root.prometheus.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                }
            }
            if (object.histograms) {
                if (!$Array.isArray(object.histograms))
                    throw $TypeError(".prometheus.TimeSeries.histograms: array expected");
                message.histograms = $Array(object.histograms.length);
                for (let i = 0; i < object.histograms.length; ++i) {
                    if (!$util.isObject(object.histograms[i]))
                        throw $TypeError(".prometheus.TimeSeries.histograms: object expected");
                    message.histograms[i] = $root.prometheus.Histogram.fromObject(object.histograms[i], _depth + 1);
                }
            }
            return message;
        };

        TimeSeries.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.labels = [];
                object.samples = [];
                object.exemplars = [];
                object.histograms = [];
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.samples && message.samples.length) {
                object.samples = $Array(message.samples.length);
                for (let j = 0; j < message.samples.length; ++j)
                    object.samples[j] = $root.prometheus.Sample.toObject(message.samples[j], options, _depth + 1);
            }
            if (message.exemplars && message.exemplars.length) {
                object.exemplars = $Array(message.exemplars.length);
                for (let j = 0; j < message.exemplars.length; ++j)
                    object.exemplars[j] = $root.prometheus.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
            }
            if (message.histograms && message.histograms.length) {
                object.histograms = $Array(message.histograms.length);
                for (let j = 0; j < message.histograms.length; ++j)
                    object.histograms[j] = $root.prometheus.Histogram.toObject(message.histograms[j], options, _depth + 1);
            }
            return object;
        };

        TimeSeries.prototype.toJSON = function() {
            return TimeSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        TimeSeries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.TimeSeries";
        };

        return TimeSeries;
    })();

    prometheus.Label = (function() {

        const Label = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Label.prototype.name = "";
        Label.prototype.value = "";

        Label.create = function(properties) {
            return new Label(properties);
        };

        Label.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Label.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Label.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Label();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Label.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Label.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (!$util.isString(message.value))
                    return "value: string expected";
            return null;
        };

        Label.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Label)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Label: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Label();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            return message;
        };

        Label.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.value = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        Label.prototype.toJSON = function() {
            return Label.toObject(this, $protobuf.util.toJSONOptions);
        };

        Label.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Label";
        };

        return Label;
    })();

    prometheus.Labels = (function() {

        const Labels = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Labels.prototype.labels = $util.emptyArray;

        Labels.create = function(properties) {
            return new Labels(properties);
        };

        Labels.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Labels.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Labels.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Labels();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Labels.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Labels.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i) {
                    let error = $root.prometheus.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            return null;
        };

        Labels.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Labels)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Labels: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Labels();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.Labels.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.Labels.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            return message;
        };

        Labels.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            return object;
        };

        Labels.prototype.toJSON = function() {
            return Labels.toObject(this, $protobuf.util.toJSONOptions);
        };

        Labels.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Labels";
        };

        return Labels;
    })();

    prometheus.LabelMatcher = (function() {

        const LabelMatcher = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelMatcher.prototype.type = 0;
        LabelMatcher.prototype.name = "";
        LabelMatcher.prototype.value = "";

        LabelMatcher.create = function(properties) {
            return new LabelMatcher(properties);
        };

        LabelMatcher.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(26).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelMatcher.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelMatcher.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.LabelMatcher();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelMatcher.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelMatcher.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (!$util.isString(message.value))
                    return "value: string expected";
            return null;
        };

        LabelMatcher.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.LabelMatcher)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.LabelMatcher: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.LabelMatcher();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.prometheus.LabelMatcher.Type[object.type] !== 0))
                switch (object.type) {
                case "EQ":
                case 0:
                    message.type = 0;
                    break;
                case "NEQ":
                case 1:
                    message.type = 1;
                    break;
                case "RE":
                case 2:
                    message.type = 2;
                    break;
                case "NRE":
                case 3:
                    message.type = 3;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            return message;
        };

        LabelMatcher.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "EQ" : 0;
                object.name = "";
                object.value = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.prometheus.LabelMatcher.Type[message.type] === $undefined ? message.type : $root.prometheus.LabelMatcher.Type[message.type] : message.type;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        LabelMatcher.prototype.toJSON = function() {
            return LabelMatcher.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelMatcher.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.LabelMatcher";
        };

        LabelMatcher.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EQ"] = 0;
            values[valuesById[1] = "NEQ"] = 1;
            values[valuesById[2] = "RE"] = 2;
            values[valuesById[3] = "NRE"] = 3;
            return values;
        })();

        return LabelMatcher;
    })();

    prometheus.ReadHints = (function() {

        const ReadHints = function (properties) {
            this.grouping = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ReadHints.prototype.stepMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ReadHints.prototype.func = "";
        ReadHints.prototype.startMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ReadHints.prototype.endMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ReadHints.prototype.grouping = $util.emptyArray;
        ReadHints.prototype.by = false;
        ReadHints.prototype.rangeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        ReadHints.create = function(properties) {
            return new ReadHints(properties);
        };

        ReadHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs") && (typeof message.stepMs === "object" ? message.stepMs.low || message.stepMs.high : message.stepMs !== 0))
                writer.uint32(8).int64(message.stepMs);
            if (message.func != null && $Object.hasOwnProperty.call(message, "func") && message.func !== "")
                writer.uint32(18).string(message.func);
            if (message.startMs != null && $Object.hasOwnProperty.call(message, "startMs") && (typeof message.startMs === "object" ? message.startMs.low || message.startMs.high : message.startMs !== 0))
                writer.uint32(24).int64(message.startMs);
            if (message.endMs != null && $Object.hasOwnProperty.call(message, "endMs") && (typeof message.endMs === "object" ? message.endMs.low || message.endMs.high : message.endMs !== 0))
                writer.uint32(32).int64(message.endMs);
            if (message.grouping != null && message.grouping.length)
                for (let i = 0; i < message.grouping.length; ++i)
                    writer.uint32(42).string(message.grouping[i]);
            if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== false)
                writer.uint32(48).bool(message.by);
            if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs") && (typeof message.rangeMs === "object" ? message.rangeMs.low || message.rangeMs.high : message.rangeMs !== 0))
                writer.uint32(56).int64(message.rangeMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ReadHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ReadHints.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.ReadHints();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.stepMs = value;
                        else
                            delete message.stepMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.func = value;
                        else
                            delete message.func;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startMs = value;
                        else
                            delete message.startMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endMs = value;
                        else
                            delete message.endMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.grouping && message.grouping.length))
                            message.grouping = [];
                        message.grouping.push(reader.stringVerify());
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.by = value;
                        else
                            delete message.by;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.rangeMs = value;
                        else
                            delete message.rangeMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ReadHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ReadHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs"))
                if (!$util.isInteger(message.stepMs) && !(message.stepMs && $util.isInteger(message.stepMs.low) && $util.isInteger(message.stepMs.high)))
                    return "stepMs: integer|Long expected";
            if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                if (!$util.isString(message.func))
                    return "func: string expected";
            if (message.startMs != null && $Object.hasOwnProperty.call(message, "startMs"))
                if (!$util.isInteger(message.startMs) && !(message.startMs && $util.isInteger(message.startMs.low) && $util.isInteger(message.startMs.high)))
                    return "startMs: integer|Long expected";
            if (message.endMs != null && $Object.hasOwnProperty.call(message, "endMs"))
                if (!$util.isInteger(message.endMs) && !(message.endMs && $util.isInteger(message.endMs.low) && $util.isInteger(message.endMs.high)))
                    return "endMs: integer|Long expected";
            if (message.grouping != null && $Object.hasOwnProperty.call(message, "grouping")) {
                if (!$Array.isArray(message.grouping))
                    return "grouping: array expected";
                for (let i = 0; i < message.grouping.length; ++i)
                    if (!$util.isString(message.grouping[i]))
                        return "grouping: string[] expected";
            }
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                if (typeof message.by !== "boolean")
                    return "by: boolean expected";
            if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs"))
                if (!$util.isInteger(message.rangeMs) && !(message.rangeMs && $util.isInteger(message.rangeMs.low) && $util.isInteger(message.rangeMs.high)))
                    return "rangeMs: integer|Long expected";
            return null;
        };

        ReadHints.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.ReadHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.ReadHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.ReadHints();
            if (object.stepMs != null)
                if (typeof object.stepMs === "object" ? object.stepMs.low || object.stepMs.high : $Number(object.stepMs) !== 0)
                    if ($util.Long)
                        message.stepMs = $util.Long.fromValue(object.stepMs, false);
                    else if (typeof object.stepMs === "string")
                        message.stepMs = $parseInt(object.stepMs, 10);
                    else if (typeof object.stepMs === "number")
                        message.stepMs = object.stepMs;
                    else if (typeof object.stepMs === "object")
                        message.stepMs = new $util.LongBits(object.stepMs.low >>> 0, object.stepMs.high >>> 0).toNumber();
            if (object.func != null)
                if (typeof object.func !== "string" || object.func.length)
                    message.func = $String(object.func);
            if (object.startMs != null)
                if (typeof object.startMs === "object" ? object.startMs.low || object.startMs.high : $Number(object.startMs) !== 0)
                    if ($util.Long)
                        message.startMs = $util.Long.fromValue(object.startMs, false);
                    else if (typeof object.startMs === "string")
                        message.startMs = $parseInt(object.startMs, 10);
                    else if (typeof object.startMs === "number")
                        message.startMs = object.startMs;
                    else if (typeof object.startMs === "object")
                        message.startMs = new $util.LongBits(object.startMs.low >>> 0, object.startMs.high >>> 0).toNumber();
            if (object.endMs != null)
                if (typeof object.endMs === "object" ? object.endMs.low || object.endMs.high : $Number(object.endMs) !== 0)
                    if ($util.Long)
                        message.endMs = $util.Long.fromValue(object.endMs, false);
                    else if (typeof object.endMs === "string")
                        message.endMs = $parseInt(object.endMs, 10);
                    else if (typeof object.endMs === "number")
                        message.endMs = object.endMs;
                    else if (typeof object.endMs === "object")
                        message.endMs = new $util.LongBits(object.endMs.low >>> 0, object.endMs.high >>> 0).toNumber();
            if (object.grouping) {
                if (!$Array.isArray(object.grouping))
                    throw $TypeError(".prometheus.ReadHints.grouping: array expected");
                message.grouping = $Array(object.grouping.length);
                for (let i = 0; i < object.grouping.length; ++i)
                    message.grouping[i] = $String(object.grouping[i]);
            }
            if (object.by != null)
                if (object.by)
                    message.by = $Boolean(object.by);
            if (object.rangeMs != null)
                if (typeof object.rangeMs === "object" ? object.rangeMs.low || object.rangeMs.high : $Number(object.rangeMs) !== 0)
                    if ($util.Long)
                        message.rangeMs = $util.Long.fromValue(object.rangeMs, false);
                    else if (typeof object.rangeMs === "string")
                        message.rangeMs = $parseInt(object.rangeMs, 10);
                    else if (typeof object.rangeMs === "number")
                        message.rangeMs = object.rangeMs;
                    else if (typeof object.rangeMs === "object")
                        message.rangeMs = new $util.LongBits(object.rangeMs.low >>> 0, object.rangeMs.high >>> 0).toNumber();
            return message;
        };

        ReadHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.grouping = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.stepMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.stepMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.func = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.by = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.rangeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.rangeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.stepMs != null && $Object.hasOwnProperty.call(message, "stepMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.stepMs = typeof message.stepMs === "number" ? $BigInt(message.stepMs) : $util.Long.fromBits(message.stepMs.low >>> 0, message.stepMs.high >>> 0, false).toBigInt();
                else if (typeof message.stepMs === "number")
                    object.stepMs = options.longs === $String ? $String(message.stepMs) : message.stepMs;
                else
                    object.stepMs = options.longs === $String ? $util.Long.prototype.toString.call(message.stepMs) : options.longs === $Number ? new $util.LongBits(message.stepMs.low >>> 0, message.stepMs.high >>> 0).toNumber() : message.stepMs;
            if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                object.func = message.func;
            if (message.startMs != null && $Object.hasOwnProperty.call(message, "startMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startMs = typeof message.startMs === "number" ? $BigInt(message.startMs) : $util.Long.fromBits(message.startMs.low >>> 0, message.startMs.high >>> 0, false).toBigInt();
                else if (typeof message.startMs === "number")
                    object.startMs = options.longs === $String ? $String(message.startMs) : message.startMs;
                else
                    object.startMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startMs) : options.longs === $Number ? new $util.LongBits(message.startMs.low >>> 0, message.startMs.high >>> 0).toNumber() : message.startMs;
            if (message.endMs != null && $Object.hasOwnProperty.call(message, "endMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endMs = typeof message.endMs === "number" ? $BigInt(message.endMs) : $util.Long.fromBits(message.endMs.low >>> 0, message.endMs.high >>> 0, false).toBigInt();
                else if (typeof message.endMs === "number")
                    object.endMs = options.longs === $String ? $String(message.endMs) : message.endMs;
                else
                    object.endMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endMs) : options.longs === $Number ? new $util.LongBits(message.endMs.low >>> 0, message.endMs.high >>> 0).toNumber() : message.endMs;
            if (message.grouping && message.grouping.length) {
                object.grouping = $Array(message.grouping.length);
                for (let j = 0; j < message.grouping.length; ++j)
                    object.grouping[j] = message.grouping[j];
            }
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                object.by = message.by;
            if (message.rangeMs != null && $Object.hasOwnProperty.call(message, "rangeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.rangeMs = typeof message.rangeMs === "number" ? $BigInt(message.rangeMs) : $util.Long.fromBits(message.rangeMs.low >>> 0, message.rangeMs.high >>> 0, false).toBigInt();
                else if (typeof message.rangeMs === "number")
                    object.rangeMs = options.longs === $String ? $String(message.rangeMs) : message.rangeMs;
                else
                    object.rangeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.rangeMs) : options.longs === $Number ? new $util.LongBits(message.rangeMs.low >>> 0, message.rangeMs.high >>> 0).toNumber() : message.rangeMs;
            return object;
        };

        ReadHints.prototype.toJSON = function() {
            return ReadHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        ReadHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.ReadHints";
        };

        return ReadHints;
    })();

    prometheus.Chunk = (function() {

        const Chunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Chunk.prototype.minTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Chunk.prototype.maxTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Chunk.prototype.type = 0;
        Chunk.prototype.data = $util.newBuffer([]);

        Chunk.create = function(properties) {
            return new Chunk(properties);
        };

        Chunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minTimeMs != null && $Object.hasOwnProperty.call(message, "minTimeMs") && (typeof message.minTimeMs === "object" ? message.minTimeMs.low || message.minTimeMs.high : message.minTimeMs !== 0))
                writer.uint32(8).int64(message.minTimeMs);
            if (message.maxTimeMs != null && $Object.hasOwnProperty.call(message, "maxTimeMs") && (typeof message.maxTimeMs === "object" ? message.maxTimeMs.low || message.maxTimeMs.high : message.maxTimeMs !== 0))
                writer.uint32(16).int64(message.maxTimeMs);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(24).int32(message.type);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(34).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Chunk.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Chunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Chunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.minTimeMs = value;
                        else
                            delete message.minTimeMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTimeMs = value;
                        else
                            delete message.maxTimeMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Chunk.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Chunk.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.minTimeMs != null && $Object.hasOwnProperty.call(message, "minTimeMs"))
                if (!$util.isInteger(message.minTimeMs) && !(message.minTimeMs && $util.isInteger(message.minTimeMs.low) && $util.isInteger(message.minTimeMs.high)))
                    return "minTimeMs: integer|Long expected";
            if (message.maxTimeMs != null && $Object.hasOwnProperty.call(message, "maxTimeMs"))
                if (!$util.isInteger(message.maxTimeMs) && !(message.maxTimeMs && $util.isInteger(message.maxTimeMs.low) && $util.isInteger(message.maxTimeMs.high)))
                    return "maxTimeMs: integer|Long expected";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            return null;
        };

        Chunk.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Chunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Chunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Chunk();
            if (object.minTimeMs != null)
                if (typeof object.minTimeMs === "object" ? object.minTimeMs.low || object.minTimeMs.high : $Number(object.minTimeMs) !== 0)
                    if ($util.Long)
                        message.minTimeMs = $util.Long.fromValue(object.minTimeMs, false);
                    else if (typeof object.minTimeMs === "string")
                        message.minTimeMs = $parseInt(object.minTimeMs, 10);
                    else if (typeof object.minTimeMs === "number")
                        message.minTimeMs = object.minTimeMs;
                    else if (typeof object.minTimeMs === "object")
                        message.minTimeMs = new $util.LongBits(object.minTimeMs.low >>> 0, object.minTimeMs.high >>> 0).toNumber();
            if (object.maxTimeMs != null)
                if (typeof object.maxTimeMs === "object" ? object.maxTimeMs.low || object.maxTimeMs.high : $Number(object.maxTimeMs) !== 0)
                    if ($util.Long)
                        message.maxTimeMs = $util.Long.fromValue(object.maxTimeMs, false);
                    else if (typeof object.maxTimeMs === "string")
                        message.maxTimeMs = $parseInt(object.maxTimeMs, 10);
                    else if (typeof object.maxTimeMs === "number")
                        message.maxTimeMs = object.maxTimeMs;
                    else if (typeof object.maxTimeMs === "object")
                        message.maxTimeMs = new $util.LongBits(object.maxTimeMs.low >>> 0, object.maxTimeMs.high >>> 0).toNumber();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.prometheus.Chunk.Encoding[object.type] !== 0))
                switch (object.type) {
                case "UNKNOWN":
                case 0:
                    message.type = 0;
                    break;
                case "XOR":
                case 1:
                    message.type = 1;
                    break;
                case "HISTOGRAM":
                case 2:
                    message.type = 2;
                    break;
                case "FLOAT_HISTOGRAM":
                case 3:
                    message.type = 3;
                    break;
                case "XOR2":
                case 4:
                    message.type = 4;
                    break;
                case "HISTOGRAM_ST":
                case 5:
                    message.type = 5;
                    break;
                case "FLOAT_HISTOGRAM_ST":
                case 6:
                    message.type = 6;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            return message;
        };

        Chunk.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.type = options.enums === $String ? "UNKNOWN" : 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
            }
            if (message.minTimeMs != null && $Object.hasOwnProperty.call(message, "minTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTimeMs = typeof message.minTimeMs === "number" ? $BigInt(message.minTimeMs) : $util.Long.fromBits(message.minTimeMs.low >>> 0, message.minTimeMs.high >>> 0, false).toBigInt();
                else if (typeof message.minTimeMs === "number")
                    object.minTimeMs = options.longs === $String ? $String(message.minTimeMs) : message.minTimeMs;
                else
                    object.minTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.minTimeMs) : options.longs === $Number ? new $util.LongBits(message.minTimeMs.low >>> 0, message.minTimeMs.high >>> 0).toNumber() : message.minTimeMs;
            if (message.maxTimeMs != null && $Object.hasOwnProperty.call(message, "maxTimeMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTimeMs = typeof message.maxTimeMs === "number" ? $BigInt(message.maxTimeMs) : $util.Long.fromBits(message.maxTimeMs.low >>> 0, message.maxTimeMs.high >>> 0, false).toBigInt();
                else if (typeof message.maxTimeMs === "number")
                    object.maxTimeMs = options.longs === $String ? $String(message.maxTimeMs) : message.maxTimeMs;
                else
                    object.maxTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTimeMs) : options.longs === $Number ? new $util.LongBits(message.maxTimeMs.low >>> 0, message.maxTimeMs.high >>> 0).toNumber() : message.maxTimeMs;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.prometheus.Chunk.Encoding[message.type] === $undefined ? message.type : $root.prometheus.Chunk.Encoding[message.type] : message.type;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            return object;
        };

        Chunk.prototype.toJSON = function() {
            return Chunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        Chunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Chunk";
        };

        Chunk.Encoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "XOR"] = 1;
            values[valuesById[2] = "HISTOGRAM"] = 2;
            values[valuesById[3] = "FLOAT_HISTOGRAM"] = 3;
            values[valuesById[4] = "XOR2"] = 4;
            values[valuesById[5] = "HISTOGRAM_ST"] = 5;
            values[valuesById[6] = "FLOAT_HISTOGRAM_ST"] = 6;
            return values;
        })();

        return Chunk;
    })();

    prometheus.ChunkedSeries = (function() {

        const ChunkedSeries = function (properties) {
            this.labels = [];
            this.chunks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChunkedSeries.prototype.labels = $util.emptyArray;
        ChunkedSeries.prototype.chunks = $util.emptyArray;

        ChunkedSeries.create = function(properties) {
            return new ChunkedSeries(properties);
        };

        ChunkedSeries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.chunks != null && message.chunks.length)
                for (let i = 0; i < message.chunks.length; ++i)
                    $root.prometheus.Chunk.encode(message.chunks[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChunkedSeries.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ChunkedSeries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.ChunkedSeries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunks && message.chunks.length))
                            message.chunks = [];
                        message.chunks.push($root.prometheus.Chunk.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChunkedSeries.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ChunkedSeries.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i) {
                    let error = $root.prometheus.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            if (message.chunks != null && $Object.hasOwnProperty.call(message, "chunks")) {
                if (!$Array.isArray(message.chunks))
                    return "chunks: array expected";
                for (let i = 0; i < message.chunks.length; ++i) {
                    let error = $root.prometheus.Chunk.verify(message.chunks[i], _depth + 1);
                    if (error)
                        return "chunks." + error;
                }
            }
            return null;
        };

        ChunkedSeries.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.ChunkedSeries)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.ChunkedSeries: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.ChunkedSeries();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.ChunkedSeries.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.ChunkedSeries.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.chunks) {
                if (!$Array.isArray(object.chunks))
                    throw $TypeError(".prometheus.ChunkedSeries.chunks: array expected");
                message.chunks = $Array(object.chunks.length);
                for (let i = 0; i < object.chunks.length; ++i) {
                    if (!$util.isObject(object.chunks[i]))
                        throw $TypeError(".prometheus.ChunkedSeries.chunks: object expected");
                    message.chunks[i] = $root.prometheus.Chunk.fromObject(object.chunks[i], _depth + 1);
                }
            }
            return message;
        };

        ChunkedSeries.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.labels = [];
                object.chunks = [];
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.chunks && message.chunks.length) {
                object.chunks = $Array(message.chunks.length);
                for (let j = 0; j < message.chunks.length; ++j)
                    object.chunks[j] = $root.prometheus.Chunk.toObject(message.chunks[j], options, _depth + 1);
            }
            return object;
        };

        ChunkedSeries.prototype.toJSON = function() {
            return ChunkedSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        ChunkedSeries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.ChunkedSeries";
        };

        return ChunkedSeries;
    })();

    return prometheus;
})();

export {
  $root as default
};
