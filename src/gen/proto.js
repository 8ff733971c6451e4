// generated - do not edit. Produced by `npm run gen:proto` (scripts/gen-proto.mjs,
// protobufjs-cli static-module) from proto/**/*.proto.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const thanos = $root.thanos = (() => {

    const thanos = {};

    thanos.ExemplarsRequest = (function() {

        const ExemplarsRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExemplarsRequest.prototype.query = "";
        ExemplarsRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ExemplarsRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ExemplarsRequest.prototype.partialResponseStrategy = 0;

        ExemplarsRequest.create = function(properties) {
            return new ExemplarsRequest(properties);
        };

        ExemplarsRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                writer.uint32(10).string(message.query);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(16).int64(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(24).int64(message.end);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(32).int32(message.partialResponseStrategy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExemplarsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ExemplarsRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ExemplarsRequest();
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
                            message.query = value;
                        else
                            delete message.query;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
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

        ExemplarsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ExemplarsRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                if (!$util.isString(message.query))
                    return "query: string expected";
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                    return "start: integer|Long expected";
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                    return "end: integer|Long expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            return null;
        };

        ExemplarsRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ExemplarsRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ExemplarsRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ExemplarsRequest();
            if (object.query != null)
                if (typeof object.query !== "string" || object.query.length)
                    message.query = $String(object.query);
            if (object.start != null)
                if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                    if ($util.Long)
                        message.start = $util.Long.fromValue(object.start, false);
                    else if (typeof object.start === "string")
                        message.start = $parseInt(object.start, 10);
                    else if (typeof object.start === "number")
                        message.start = object.start;
                    else if (typeof object.start === "object")
                        message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
            if (object.end != null)
                if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            return message;
        };

        ExemplarsRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.query = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                object.query = message.query;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                else if (typeof message.start === "number")
                    object.start = options.longs === $String ? $String(message.start) : message.start;
                else
                    object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                else if (typeof message.end === "number")
                    object.end = options.longs === $String ? $String(message.end) : message.end;
                else
                    object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            return object;
        };

        ExemplarsRequest.prototype.toJSON = function() {
            return ExemplarsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ExemplarsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ExemplarsRequest";
        };

        return ExemplarsRequest;
    })();

    thanos.ExemplarsResponse = (function() {

        const ExemplarsResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExemplarsResponse.prototype.data = null;
        ExemplarsResponse.prototype.warning = null;

        let $oneOfFields;

        $Object.defineProperty(ExemplarsResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["data", "warning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        ExemplarsResponse.create = function(properties) {
            return new ExemplarsResponse(properties);
        };

        ExemplarsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                $root.thanos.ExemplarData.encode(message.data, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExemplarsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ExemplarsResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ExemplarsResponse();
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
                        message.data = $root.thanos.ExemplarData.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
                        message.result = "data";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
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

        ExemplarsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ExemplarsResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                properties.result = 1;
                {
                    let error = $root.thanos.ExemplarData.verify(message.data, _depth + 1);
                    if (error)
                        return "data." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            return null;
        };

        ExemplarsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ExemplarsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ExemplarsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ExemplarsResponse();
            if (object.data != null) {
                if (!$util.isObject(object.data))
                    throw $TypeError(".thanos.ExemplarsResponse.data: object expected");
                message.data = $root.thanos.ExemplarData.fromObject(object.data, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            return message;
        };

        ExemplarsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                object.data = $root.thanos.ExemplarData.toObject(message.data, options, _depth + 1);
                if (options.oneofs)
                    object.result = "data";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            return object;
        };

        ExemplarsResponse.prototype.toJSON = function() {
            return ExemplarsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ExemplarsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ExemplarsResponse";
        };

        return ExemplarsResponse;
    })();

    thanos.ExemplarData = (function() {

        const ExemplarData = function (properties) {
            this.exemplars = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExemplarData.prototype.seriesLabels = null;
        ExemplarData.prototype.exemplars = $util.emptyArray;

        ExemplarData.create = function(properties) {
            return new ExemplarData(properties);
        };

        ExemplarData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seriesLabels != null && $Object.hasOwnProperty.call(message, "seriesLabels"))
                $root.thanos.ZLabelSet.encode(message.seriesLabels, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.exemplars != null && message.exemplars.length)
                for (let i = 0; i < message.exemplars.length; ++i)
                    $root.thanos.Exemplar.encode(message.exemplars[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExemplarData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ExemplarData.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ExemplarData();
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
                        message.seriesLabels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.seriesLabels);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.exemplars && message.exemplars.length))
                            message.exemplars = [];
                        message.exemplars.push($root.thanos.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
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

        ExemplarData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ExemplarData.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.seriesLabels != null && $Object.hasOwnProperty.call(message, "seriesLabels")) {
                let error = $root.thanos.ZLabelSet.verify(message.seriesLabels, _depth + 1);
                if (error)
                    return "seriesLabels." + error;
            }
            if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars")) {
                if (!$Array.isArray(message.exemplars))
                    return "exemplars: array expected";
                for (let i = 0; i < message.exemplars.length; ++i) {
                    let error = $root.thanos.Exemplar.verify(message.exemplars[i], _depth + 1);
                    if (error)
                        return "exemplars." + error;
                }
            }
            return null;
        };

        ExemplarData.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ExemplarData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ExemplarData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ExemplarData();
            if (object.seriesLabels != null) {
                if (!$util.isObject(object.seriesLabels))
                    throw $TypeError(".thanos.ExemplarData.seriesLabels: object expected");
                message.seriesLabels = $root.thanos.ZLabelSet.fromObject(object.seriesLabels, _depth + 1);
            }
            if (object.exemplars) {
                if (!$Array.isArray(object.exemplars))
                    throw $TypeError(".thanos.ExemplarData.exemplars: array expected");
                message.exemplars = $Array(object.exemplars.length);
                for (let i = 0; i < object.exemplars.length; ++i) {
                    if (!$util.isObject(object.exemplars[i]))
                        throw $TypeError(".thanos.ExemplarData.exemplars: object expected");
                    message.exemplars[i] = $root.thanos.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                }
            }
            return message;
        };

        ExemplarData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.exemplars = [];
            if (options.defaults)
                object.seriesLabels = null;
            if (message.seriesLabels != null && $Object.hasOwnProperty.call(message, "seriesLabels"))
                object.seriesLabels = $root.thanos.ZLabelSet.toObject(message.seriesLabels, options, _depth + 1);
            if (message.exemplars && message.exemplars.length) {
                object.exemplars = $Array(message.exemplars.length);
                for (let j = 0; j < message.exemplars.length; ++j)
                    object.exemplars[j] = $root.thanos.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
            }
            return object;
        };

        ExemplarData.prototype.toJSON = function() {
            return ExemplarData.toObject(this, $protobuf.util.toJSONOptions);
        };

        ExemplarData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ExemplarData";
        };

        return ExemplarData;
    })();

    thanos.Exemplar = (function() {

        const Exemplar = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Exemplar.prototype.labels = null;
        Exemplar.prototype.value = 0;
        Exemplar.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

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
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(17).double(message.value);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(24).int64(message.ts);
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
            message = _target || new $root.thanos.Exemplar();
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
                        message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
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
                            message.ts = value;
                        else
                            delete message.ts;
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
                let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                if (error)
                    return "labels." + error;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof message.value !== "number")
                    return "value: number expected";
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                if (!$util.isInteger(message.ts) && !(message.ts && $util.isInteger(message.ts.low) && $util.isInteger(message.ts.high)))
                    return "ts: integer|Long expected";
            return null;
        };

        Exemplar.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Exemplar)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Exemplar: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Exemplar();
            if (object.labels != null) {
                if (!$util.isObject(object.labels))
                    throw $TypeError(".thanos.Exemplar.labels: object expected");
                message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
            }
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.ts != null)
                if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                    if ($util.Long)
                        message.ts = $util.Long.fromValue(object.ts, false);
                    else if (typeof object.ts === "string")
                        message.ts = $parseInt(object.ts, 10);
                    else if (typeof object.ts === "number")
                        message.ts = object.ts;
                    else if (typeof object.ts === "object")
                        message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
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
            if (options.defaults) {
                object.labels = null;
                object.value = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                else if (typeof message.ts === "number")
                    object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                else
                    object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
            return object;
        };

        Exemplar.prototype.toJSON = function() {
            return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
        };

        Exemplar.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Exemplar";
        };

        return Exemplar;
    })();

    thanos.Label = (function() {

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
            message = _target || new $root.thanos.Label();
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
            if (object instanceof $root.thanos.Label)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Label: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Label();
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
            return prefix + "/thanos.Label";
        };

        return Label;
    })();

    thanos.LabelSet = (function() {

        const LabelSet = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelSet.prototype.labels = $util.emptyArray;

        LabelSet.create = function(properties) {
            return new LabelSet(properties);
        };

        LabelSet.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.thanos.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelSet.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelSet.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.LabelSet();
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
                        message.labels.push($root.thanos.Label.decode(reader, reader.size(), $undefined, _depth + 1));
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

        LabelSet.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelSet.verify = function (message, _depth) {
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
                    let error = $root.thanos.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            return null;
        };

        LabelSet.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelSet)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelSet: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelSet();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.LabelSet.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".thanos.LabelSet.labels: object expected");
                    message.labels[i] = $root.thanos.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            return message;
        };

        LabelSet.toObject = function (message, options, _depth) {
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
                    object.labels[j] = $root.thanos.Label.toObject(message.labels[j], options, _depth + 1);
            }
            return object;
        };

        LabelSet.prototype.toJSON = function() {
            return LabelSet.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelSet.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelSet";
        };

        return LabelSet;
    })();

    thanos.ZLabelSet = (function() {

        const ZLabelSet = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ZLabelSet.prototype.labels = $util.emptyArray;

        ZLabelSet.create = function(properties) {
            return new ZLabelSet(properties);
        };

        ZLabelSet.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.thanos.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ZLabelSet.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ZLabelSet.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ZLabelSet();
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
                        message.labels.push($root.thanos.Label.decode(reader, reader.size(), $undefined, _depth + 1));
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

        ZLabelSet.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ZLabelSet.verify = function (message, _depth) {
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
                    let error = $root.thanos.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            return null;
        };

        ZLabelSet.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ZLabelSet)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ZLabelSet: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ZLabelSet();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.ZLabelSet.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".thanos.ZLabelSet.labels: object expected");
                    message.labels[i] = $root.thanos.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            return message;
        };

        ZLabelSet.toObject = function (message, options, _depth) {
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
                    object.labels[j] = $root.thanos.Label.toObject(message.labels[j], options, _depth + 1);
            }
            return object;
        };

        ZLabelSet.prototype.toJSON = function() {
            return ZLabelSet.toObject(this, $protobuf.util.toJSONOptions);
        };

        ZLabelSet.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ZLabelSet";
        };

        return ZLabelSet;
    })();

    thanos.Chunk = (function() {

        const Chunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Chunk.prototype.type = 0;
        Chunk.prototype.data = $util.newBuffer([]);
        Chunk.prototype.hash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(18).bytes(message.data);
            if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && (typeof message.hash === "object" ? message.hash.low || message.hash.high : message.hash !== 0))
                writer.uint32(24).uint64(message.hash);
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
            message = _target || new $root.thanos.Chunk();
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
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.hash = value;
                        else
                            delete message.hash;
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
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                    return "data: buffer expected";
            if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                if (!$util.isInteger(message.hash) && !(message.hash && $util.isInteger(message.hash.low) && $util.isInteger(message.hash.high)))
                    return "hash: integer|Long expected";
            return null;
        };

        Chunk.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Chunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Chunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Chunk();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.thanos.Chunk.Encoding[object.type] !== 0))
                switch (object.type) {
                case "XOR":
                case 0:
                    message.type = 0;
                    break;
                case "HISTOGRAM":
                case 1:
                    message.type = 1;
                    break;
                case "FLOAT_HISTOGRAM":
                case 2:
                    message.type = 2;
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
            if (object.hash != null)
                if (typeof object.hash === "object" ? object.hash.low || object.hash.high : $Number(object.hash) !== 0)
                    if ($util.Long)
                        message.hash = $util.Long.fromValue(object.hash, true);
                    else if (typeof object.hash === "string")
                        message.hash = $parseInt(object.hash, 10);
                    else if (typeof object.hash === "number")
                        message.hash = object.hash;
                    else if (typeof object.hash === "object")
                        message.hash = new $util.LongBits(object.hash.low >>> 0, object.hash.high >>> 0).toNumber(true);
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
                object.type = options.enums === $String ? "XOR" : 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.hash = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.hash = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.thanos.Chunk.Encoding[message.type] === $undefined ? message.type : $root.thanos.Chunk.Encoding[message.type] : message.type;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.hash = typeof message.hash === "number" ? $BigInt(message.hash) : $util.Long.fromBits(message.hash.low >>> 0, message.hash.high >>> 0, true).toBigInt();
                else if (typeof message.hash === "number")
                    object.hash = options.longs === $String ? $String(message.hash) : message.hash;
                else
                    object.hash = options.longs === $String ? $util.Long.prototype.toString.call(message.hash) : options.longs === $Number ? new $util.LongBits(message.hash.low >>> 0, message.hash.high >>> 0).toNumber(true) : message.hash;
            return object;
        };

        Chunk.prototype.toJSON = function() {
            return Chunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        Chunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Chunk";
        };

        Chunk.Encoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "XOR"] = 0;
            values[valuesById[1] = "HISTOGRAM"] = 1;
            values[valuesById[2] = "FLOAT_HISTOGRAM"] = 2;
            return values;
        })();

        return Chunk;
    })();

    thanos.Series = (function() {

        const Series = function (properties) {
            this.labels = [];
            this.chunks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Series.prototype.labels = $util.emptyArray;
        Series.prototype.chunks = $util.emptyArray;

        Series.create = function(properties) {
            return new Series(properties);
        };

        Series.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.thanos.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.chunks != null && message.chunks.length)
                for (let i = 0; i < message.chunks.length; ++i)
                    $root.thanos.AggrChunk.encode(message.chunks[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Series.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Series.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Series();
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
                        message.labels.push($root.thanos.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunks && message.chunks.length))
                            message.chunks = [];
                        message.chunks.push($root.thanos.AggrChunk.decode(reader, reader.size(), $undefined, _depth + 1));
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

        Series.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Series.verify = function (message, _depth) {
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
                    let error = $root.thanos.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            if (message.chunks != null && $Object.hasOwnProperty.call(message, "chunks")) {
                if (!$Array.isArray(message.chunks))
                    return "chunks: array expected";
                for (let i = 0; i < message.chunks.length; ++i) {
                    let error = $root.thanos.AggrChunk.verify(message.chunks[i], _depth + 1);
                    if (error)
                        return "chunks." + error;
                }
            }
            return null;
        };

        Series.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Series)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Series: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Series();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.Series.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".thanos.Series.labels: object expected");
                    message.labels[i] = $root.thanos.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.chunks) {
                if (!$Array.isArray(object.chunks))
                    throw $TypeError(".thanos.Series.chunks: array expected");
                message.chunks = $Array(object.chunks.length);
                for (let i = 0; i < object.chunks.length; ++i) {
                    if (!$util.isObject(object.chunks[i]))
                        throw $TypeError(".thanos.Series.chunks: object expected");
                    message.chunks[i] = $root.thanos.AggrChunk.fromObject(object.chunks[i], _depth + 1);
                }
            }
            return message;
        };

        Series.toObject = function (message, options, _depth) {
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
                    object.labels[j] = $root.thanos.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.chunks && message.chunks.length) {
                object.chunks = $Array(message.chunks.length);
                for (let j = 0; j < message.chunks.length; ++j)
                    object.chunks[j] = $root.thanos.AggrChunk.toObject(message.chunks[j], options, _depth + 1);
            }
            return object;
        };

        Series.prototype.toJSON = function() {
            return Series.toObject(this, $protobuf.util.toJSONOptions);
        };

        Series.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Series";
        };

        return Series;
    })();

    thanos.SeriesBatch = (function() {

        const SeriesBatch = function (properties) {
            this.series = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesBatch.prototype.series = $util.emptyArray;

        SeriesBatch.create = function(properties) {
            return new SeriesBatch(properties);
        };

        SeriesBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.series != null && message.series.length)
                for (let i = 0; i < message.series.length; ++i)
                    $root.thanos.Series.encode(message.series[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SeriesBatch.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.SeriesBatch();
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
                        if (!(message.series && message.series.length))
                            message.series = [];
                        message.series.push($root.thanos.Series.decode(reader, reader.size(), $undefined, _depth + 1));
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

        SeriesBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SeriesBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                if (!$Array.isArray(message.series))
                    return "series: array expected";
                for (let i = 0; i < message.series.length; ++i) {
                    let error = $root.thanos.Series.verify(message.series[i], _depth + 1);
                    if (error)
                        return "series." + error;
                }
            }
            return null;
        };

        SeriesBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesBatch();
            if (object.series) {
                if (!$Array.isArray(object.series))
                    throw $TypeError(".thanos.SeriesBatch.series: array expected");
                message.series = $Array(object.series.length);
                for (let i = 0; i < object.series.length; ++i) {
                    if (!$util.isObject(object.series[i]))
                        throw $TypeError(".thanos.SeriesBatch.series: object expected");
                    message.series[i] = $root.thanos.Series.fromObject(object.series[i], _depth + 1);
                }
            }
            return message;
        };

        SeriesBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.series = [];
            if (message.series && message.series.length) {
                object.series = $Array(message.series.length);
                for (let j = 0; j < message.series.length; ++j)
                    object.series[j] = $root.thanos.Series.toObject(message.series[j], options, _depth + 1);
            }
            return object;
        };

        SeriesBatch.prototype.toJSON = function() {
            return SeriesBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesBatch";
        };

        return SeriesBatch;
    })();

    thanos.AggrChunk = (function() {

        const AggrChunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AggrChunk.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AggrChunk.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AggrChunk.prototype.raw = null;
        AggrChunk.prototype.count = null;
        AggrChunk.prototype.sum = null;
        AggrChunk.prototype.min = null;
        AggrChunk.prototype.max = null;
        AggrChunk.prototype.counter = null;

        AggrChunk.create = function(properties) {
            return new AggrChunk(properties);
        };

        AggrChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(8).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(16).int64(message.maxTime);
            if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                $root.thanos.Chunk.encode(message.raw, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                $root.thanos.Chunk.encode(message.count, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                $root.thanos.Chunk.encode(message.sum, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                $root.thanos.Chunk.encode(message.min, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                $root.thanos.Chunk.encode(message.max, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                $root.thanos.Chunk.encode(message.counter, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AggrChunk.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        AggrChunk.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.AggrChunk();
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
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.raw = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.raw);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.count = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.count);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.sum = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.sum);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.min = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.min);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.max = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.max);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.counter = $root.thanos.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.counter);
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

        AggrChunk.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        AggrChunk.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                    return "minTime: integer|Long expected";
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                    return "maxTime: integer|Long expected";
            if (message.raw != null && $Object.hasOwnProperty.call(message, "raw")) {
                let error = $root.thanos.Chunk.verify(message.raw, _depth + 1);
                if (error)
                    return "raw." + error;
            }
            if (message.count != null && $Object.hasOwnProperty.call(message, "count")) {
                let error = $root.thanos.Chunk.verify(message.count, _depth + 1);
                if (error)
                    return "count." + error;
            }
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                let error = $root.thanos.Chunk.verify(message.sum, _depth + 1);
                if (error)
                    return "sum." + error;
            }
            if (message.min != null && $Object.hasOwnProperty.call(message, "min")) {
                let error = $root.thanos.Chunk.verify(message.min, _depth + 1);
                if (error)
                    return "min." + error;
            }
            if (message.max != null && $Object.hasOwnProperty.call(message, "max")) {
                let error = $root.thanos.Chunk.verify(message.max, _depth + 1);
                if (error)
                    return "max." + error;
            }
            if (message.counter != null && $Object.hasOwnProperty.call(message, "counter")) {
                let error = $root.thanos.Chunk.verify(message.counter, _depth + 1);
                if (error)
                    return "counter." + error;
            }
            return null;
        };

        AggrChunk.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.AggrChunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.AggrChunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.AggrChunk();
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            if (object.raw != null) {
                if (!$util.isObject(object.raw))
                    throw $TypeError(".thanos.AggrChunk.raw: object expected");
                message.raw = $root.thanos.Chunk.fromObject(object.raw, _depth + 1);
            }
            if (object.count != null) {
                if (!$util.isObject(object.count))
                    throw $TypeError(".thanos.AggrChunk.count: object expected");
                message.count = $root.thanos.Chunk.fromObject(object.count, _depth + 1);
            }
            if (object.sum != null) {
                if (!$util.isObject(object.sum))
                    throw $TypeError(".thanos.AggrChunk.sum: object expected");
                message.sum = $root.thanos.Chunk.fromObject(object.sum, _depth + 1);
            }
            if (object.min != null) {
                if (!$util.isObject(object.min))
                    throw $TypeError(".thanos.AggrChunk.min: object expected");
                message.min = $root.thanos.Chunk.fromObject(object.min, _depth + 1);
            }
            if (object.max != null) {
                if (!$util.isObject(object.max))
                    throw $TypeError(".thanos.AggrChunk.max: object expected");
                message.max = $root.thanos.Chunk.fromObject(object.max, _depth + 1);
            }
            if (object.counter != null) {
                if (!$util.isObject(object.counter))
                    throw $TypeError(".thanos.AggrChunk.counter: object expected");
                message.counter = $root.thanos.Chunk.fromObject(object.counter, _depth + 1);
            }
            return message;
        };

        AggrChunk.toObject = function (message, options, _depth) {
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
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.raw = null;
                object.count = null;
                object.sum = null;
                object.min = null;
                object.max = null;
                object.counter = null;
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                object.raw = $root.thanos.Chunk.toObject(message.raw, options, _depth + 1);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                object.count = $root.thanos.Chunk.toObject(message.count, options, _depth + 1);
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                object.sum = $root.thanos.Chunk.toObject(message.sum, options, _depth + 1);
            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                object.min = $root.thanos.Chunk.toObject(message.min, options, _depth + 1);
            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                object.max = $root.thanos.Chunk.toObject(message.max, options, _depth + 1);
            if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                object.counter = $root.thanos.Chunk.toObject(message.counter, options, _depth + 1);
            return object;
        };

        AggrChunk.prototype.toJSON = function() {
            return AggrChunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        AggrChunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.AggrChunk";
        };

        return AggrChunk;
    })();

    thanos.LabelMatcher = (function() {

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
            message = _target || new $root.thanos.LabelMatcher();
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
            if (object instanceof $root.thanos.LabelMatcher)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelMatcher: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelMatcher();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.thanos.LabelMatcher.Type[object.type] !== 0))
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
                object.type = options.enums === $String ? $root.thanos.LabelMatcher.Type[message.type] === $undefined ? message.type : $root.thanos.LabelMatcher.Type[message.type] : message.type;
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
            return prefix + "/thanos.LabelMatcher";
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

    thanos.PartialResponseStrategy = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "WARN"] = 0;
        values[valuesById[1] = "ABORT"] = 1;
        return values;
    })();

    thanos.info = (function() {

        const info = {};

        info.InfoRequest = (function() {

            const InfoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InfoRequest.create = function(properties) {
                return new InfoRequest(properties);
            };

            InfoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InfoRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            InfoRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.InfoRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            InfoRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            InfoRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            InfoRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.InfoRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.InfoRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.InfoRequest();
            };

            InfoRequest.toObject = function () {
                return {};
            };

            InfoRequest.prototype.toJSON = function() {
                return InfoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            InfoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.InfoRequest";
            };

            return InfoRequest;
        })();

        info.InfoResponse = (function() {

            const InfoResponse = function (properties) {
                this.labelSets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InfoResponse.prototype.labelSets = $util.emptyArray;
            InfoResponse.prototype.ComponentType = "";
            InfoResponse.prototype.store = null;
            InfoResponse.prototype.rules = null;
            InfoResponse.prototype.metricMetadata = null;
            InfoResponse.prototype.targets = null;
            InfoResponse.prototype.exemplars = null;
            InfoResponse.prototype.query = null;
            InfoResponse.prototype.status = null;

            InfoResponse.create = function(properties) {
                return new InfoResponse(properties);
            };

            InfoResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labelSets != null && message.labelSets.length)
                    for (let i = 0; i < message.labelSets.length; ++i)
                        $root.thanos.ZLabelSet.encode(message.labelSets[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.ComponentType != null && $Object.hasOwnProperty.call(message, "ComponentType") && message.ComponentType !== "")
                    writer.uint32(18).string(message.ComponentType);
                if (message.store != null && $Object.hasOwnProperty.call(message, "store"))
                    $root.thanos.info.StoreInfo.encode(message.store, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules"))
                    $root.thanos.info.RulesInfo.encode(message.rules, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.metricMetadata != null && $Object.hasOwnProperty.call(message, "metricMetadata"))
                    $root.thanos.info.MetricMetadataInfo.encode(message.metricMetadata, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    $root.thanos.info.TargetsInfo.encode(message.targets, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars"))
                    $root.thanos.info.ExemplarsInfo.encode(message.exemplars, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.thanos.info.QueryAPIInfo.encode(message.query, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.thanos.info.StatusInfo.encode(message.status, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InfoResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            InfoResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.InfoResponse();
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
                            if (!(message.labelSets && message.labelSets.length))
                                message.labelSets = [];
                            message.labelSets.push($root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ComponentType = value;
                            else
                                delete message.ComponentType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.store = $root.thanos.info.StoreInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.store);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.rules = $root.thanos.info.RulesInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.rules);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.metricMetadata = $root.thanos.info.MetricMetadataInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.metricMetadata);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.targets = $root.thanos.info.TargetsInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.targets);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.exemplars = $root.thanos.info.ExemplarsInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.exemplars);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.thanos.info.QueryAPIInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.thanos.info.StatusInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
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

            InfoResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            InfoResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labelSets != null && $Object.hasOwnProperty.call(message, "labelSets")) {
                    if (!$Array.isArray(message.labelSets))
                        return "labelSets: array expected";
                    for (let i = 0; i < message.labelSets.length; ++i) {
                        let error = $root.thanos.ZLabelSet.verify(message.labelSets[i], _depth + 1);
                        if (error)
                            return "labelSets." + error;
                    }
                }
                if (message.ComponentType != null && $Object.hasOwnProperty.call(message, "ComponentType"))
                    if (!$util.isString(message.ComponentType))
                        return "ComponentType: string expected";
                if (message.store != null && $Object.hasOwnProperty.call(message, "store")) {
                    let error = $root.thanos.info.StoreInfo.verify(message.store, _depth + 1);
                    if (error)
                        return "store." + error;
                }
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    let error = $root.thanos.info.RulesInfo.verify(message.rules, _depth + 1);
                    if (error)
                        return "rules." + error;
                }
                if (message.metricMetadata != null && $Object.hasOwnProperty.call(message, "metricMetadata")) {
                    let error = $root.thanos.info.MetricMetadataInfo.verify(message.metricMetadata, _depth + 1);
                    if (error)
                        return "metricMetadata." + error;
                }
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                    let error = $root.thanos.info.TargetsInfo.verify(message.targets, _depth + 1);
                    if (error)
                        return "targets." + error;
                }
                if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars")) {
                    let error = $root.thanos.info.ExemplarsInfo.verify(message.exemplars, _depth + 1);
                    if (error)
                        return "exemplars." + error;
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    let error = $root.thanos.info.QueryAPIInfo.verify(message.query, _depth + 1);
                    if (error)
                        return "query." + error;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.thanos.info.StatusInfo.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                return null;
            };

            InfoResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.InfoResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.InfoResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.thanos.info.InfoResponse();
                if (object.labelSets) {
                    if (!$Array.isArray(object.labelSets))
                        throw $TypeError(".thanos.info.InfoResponse.labelSets: array expected");
                    message.labelSets = $Array(object.labelSets.length);
                    for (let i = 0; i < object.labelSets.length; ++i) {
                        if (!$util.isObject(object.labelSets[i]))
                            throw $TypeError(".thanos.info.InfoResponse.labelSets: object expected");
                        message.labelSets[i] = $root.thanos.ZLabelSet.fromObject(object.labelSets[i], _depth + 1);
                    }
                }
                if (object.ComponentType != null)
                    if (typeof object.ComponentType !== "string" || object.ComponentType.length)
                        message.ComponentType = $String(object.ComponentType);
                if (object.store != null) {
                    if (!$util.isObject(object.store))
                        throw $TypeError(".thanos.info.InfoResponse.store: object expected");
                    message.store = $root.thanos.info.StoreInfo.fromObject(object.store, _depth + 1);
                }
                if (object.rules != null) {
                    if (!$util.isObject(object.rules))
                        throw $TypeError(".thanos.info.InfoResponse.rules: object expected");
                    message.rules = $root.thanos.info.RulesInfo.fromObject(object.rules, _depth + 1);
                }
                if (object.metricMetadata != null) {
                    if (!$util.isObject(object.metricMetadata))
                        throw $TypeError(".thanos.info.InfoResponse.metricMetadata: object expected");
                    message.metricMetadata = $root.thanos.info.MetricMetadataInfo.fromObject(object.metricMetadata, _depth + 1);
                }
                if (object.targets != null) {
                    if (!$util.isObject(object.targets))
                        throw $TypeError(".thanos.info.InfoResponse.targets: object expected");
                    message.targets = $root.thanos.info.TargetsInfo.fromObject(object.targets, _depth + 1);
                }
                if (object.exemplars != null) {
                    if (!$util.isObject(object.exemplars))
                        throw $TypeError(".thanos.info.InfoResponse.exemplars: object expected");
                    message.exemplars = $root.thanos.info.ExemplarsInfo.fromObject(object.exemplars, _depth + 1);
                }
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw $TypeError(".thanos.info.InfoResponse.query: object expected");
                    message.query = $root.thanos.info.QueryAPIInfo.fromObject(object.query, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".thanos.info.InfoResponse.status: object expected");
                    message.status = $root.thanos.info.StatusInfo.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            InfoResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.labelSets = [];
                if (options.defaults) {
                    object.ComponentType = "";
                    object.store = null;
                    object.rules = null;
                    object.metricMetadata = null;
                    object.targets = null;
                    object.exemplars = null;
                    object.query = null;
                    object.status = null;
                }
                if (message.labelSets && message.labelSets.length) {
                    object.labelSets = $Array(message.labelSets.length);
                    for (let j = 0; j < message.labelSets.length; ++j)
                        object.labelSets[j] = $root.thanos.ZLabelSet.toObject(message.labelSets[j], options, _depth + 1);
                }
                if (message.ComponentType != null && $Object.hasOwnProperty.call(message, "ComponentType"))
                    object.ComponentType = message.ComponentType;
                if (message.store != null && $Object.hasOwnProperty.call(message, "store"))
                    object.store = $root.thanos.info.StoreInfo.toObject(message.store, options, _depth + 1);
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules"))
                    object.rules = $root.thanos.info.RulesInfo.toObject(message.rules, options, _depth + 1);
                if (message.metricMetadata != null && $Object.hasOwnProperty.call(message, "metricMetadata"))
                    object.metricMetadata = $root.thanos.info.MetricMetadataInfo.toObject(message.metricMetadata, options, _depth + 1);
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    object.targets = $root.thanos.info.TargetsInfo.toObject(message.targets, options, _depth + 1);
                if (message.exemplars != null && $Object.hasOwnProperty.call(message, "exemplars"))
                    object.exemplars = $root.thanos.info.ExemplarsInfo.toObject(message.exemplars, options, _depth + 1);
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = $root.thanos.info.QueryAPIInfo.toObject(message.query, options, _depth + 1);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.thanos.info.StatusInfo.toObject(message.status, options, _depth + 1);
                return object;
            };

            InfoResponse.prototype.toJSON = function() {
                return InfoResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            InfoResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.InfoResponse";
            };

            return InfoResponse;
        })();

        info.StoreInfo = (function() {

            const StoreInfo = function (properties) {
                this.tsdbInfos = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StoreInfo.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            StoreInfo.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            StoreInfo.prototype.supportsSharding = false;
            StoreInfo.prototype.supportsWithoutReplicaLabels = false;
            StoreInfo.prototype.tsdbInfos = $util.emptyArray;
            StoreInfo.prototype.supportsProjections = false;

            StoreInfo.create = function(properties) {
                return new StoreInfo(properties);
            };

            StoreInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                    writer.uint32(8).int64(message.minTime);
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                    writer.uint32(16).int64(message.maxTime);
                if (message.supportsSharding != null && $Object.hasOwnProperty.call(message, "supportsSharding") && message.supportsSharding !== false)
                    writer.uint32(24).bool(message.supportsSharding);
                if (message.supportsWithoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "supportsWithoutReplicaLabels") && message.supportsWithoutReplicaLabels !== false)
                    writer.uint32(40).bool(message.supportsWithoutReplicaLabels);
                if (message.tsdbInfos != null && message.tsdbInfos.length)
                    for (let i = 0; i < message.tsdbInfos.length; ++i)
                        $root.thanos.info.TSDBInfo.encode(message.tsdbInfos[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.supportsProjections != null && $Object.hasOwnProperty.call(message, "supportsProjections") && message.supportsProjections !== false)
                    writer.uint32(56).bool(message.supportsProjections);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StoreInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StoreInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.StoreInfo();
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
                                message.minTime = value;
                            else
                                delete message.minTime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxTime = value;
                            else
                                delete message.maxTime;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsSharding = value;
                            else
                                delete message.supportsSharding;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsWithoutReplicaLabels = value;
                            else
                                delete message.supportsWithoutReplicaLabels;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tsdbInfos && message.tsdbInfos.length))
                                message.tsdbInfos = [];
                            message.tsdbInfos.push($root.thanos.info.TSDBInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supportsProjections = value;
                            else
                                delete message.supportsProjections;
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

            StoreInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StoreInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                        return "minTime: integer|Long expected";
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                        return "maxTime: integer|Long expected";
                if (message.supportsSharding != null && $Object.hasOwnProperty.call(message, "supportsSharding"))
                    if (typeof message.supportsSharding !== "boolean")
                        return "supportsSharding: boolean expected";
                if (message.supportsWithoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "supportsWithoutReplicaLabels"))
                    if (typeof message.supportsWithoutReplicaLabels !== "boolean")
                        return "supportsWithoutReplicaLabels: boolean expected";
                if (message.tsdbInfos != null && $Object.hasOwnProperty.call(message, "tsdbInfos")) {
                    if (!$Array.isArray(message.tsdbInfos))
                        return "tsdbInfos: array expected";
                    for (let i = 0; i < message.tsdbInfos.length; ++i) {
                        let error = $root.thanos.info.TSDBInfo.verify(message.tsdbInfos[i], _depth + 1);
                        if (error)
                            return "tsdbInfos." + error;
                    }
                }
                if (message.supportsProjections != null && $Object.hasOwnProperty.call(message, "supportsProjections"))
                    if (typeof message.supportsProjections !== "boolean")
                        return "supportsProjections: boolean expected";
                return null;
            };

            StoreInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.StoreInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.StoreInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.thanos.info.StoreInfo();
                if (object.minTime != null)
                    if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                        if ($util.Long)
                            message.minTime = $util.Long.fromValue(object.minTime, false);
                        else if (typeof object.minTime === "string")
                            message.minTime = $parseInt(object.minTime, 10);
                        else if (typeof object.minTime === "number")
                            message.minTime = object.minTime;
                        else if (typeof object.minTime === "object")
                            message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
                if (object.maxTime != null)
                    if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                        if ($util.Long)
                            message.maxTime = $util.Long.fromValue(object.maxTime, false);
                        else if (typeof object.maxTime === "string")
                            message.maxTime = $parseInt(object.maxTime, 10);
                        else if (typeof object.maxTime === "number")
                            message.maxTime = object.maxTime;
                        else if (typeof object.maxTime === "object")
                            message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
                if (object.supportsSharding != null)
                    if (object.supportsSharding)
                        message.supportsSharding = $Boolean(object.supportsSharding);
                if (object.supportsWithoutReplicaLabels != null)
                    if (object.supportsWithoutReplicaLabels)
                        message.supportsWithoutReplicaLabels = $Boolean(object.supportsWithoutReplicaLabels);
                if (object.tsdbInfos) {
                    if (!$Array.isArray(object.tsdbInfos))
                        throw $TypeError(".thanos.info.StoreInfo.tsdbInfos: array expected");
                    message.tsdbInfos = $Array(object.tsdbInfos.length);
                    for (let i = 0; i < object.tsdbInfos.length; ++i) {
                        if (!$util.isObject(object.tsdbInfos[i]))
                            throw $TypeError(".thanos.info.StoreInfo.tsdbInfos: object expected");
                        message.tsdbInfos[i] = $root.thanos.info.TSDBInfo.fromObject(object.tsdbInfos[i], _depth + 1);
                    }
                }
                if (object.supportsProjections != null)
                    if (object.supportsProjections)
                        message.supportsProjections = $Boolean(object.supportsProjections);
                return message;
            };

            StoreInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tsdbInfos = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.supportsSharding = false;
                    object.supportsWithoutReplicaLabels = false;
                    object.supportsProjections = false;
                }
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                    else if (typeof message.minTime === "number")
                        object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                    else
                        object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                    else if (typeof message.maxTime === "number")
                        object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                    else
                        object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
                if (message.supportsSharding != null && $Object.hasOwnProperty.call(message, "supportsSharding"))
                    object.supportsSharding = message.supportsSharding;
                if (message.supportsWithoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "supportsWithoutReplicaLabels"))
                    object.supportsWithoutReplicaLabels = message.supportsWithoutReplicaLabels;
                if (message.tsdbInfos && message.tsdbInfos.length) {
                    object.tsdbInfos = $Array(message.tsdbInfos.length);
                    for (let j = 0; j < message.tsdbInfos.length; ++j)
                        object.tsdbInfos[j] = $root.thanos.info.TSDBInfo.toObject(message.tsdbInfos[j], options, _depth + 1);
                }
                if (message.supportsProjections != null && $Object.hasOwnProperty.call(message, "supportsProjections"))
                    object.supportsProjections = message.supportsProjections;
                return object;
            };

            StoreInfo.prototype.toJSON = function() {
                return StoreInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            StoreInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.StoreInfo";
            };

            return StoreInfo;
        })();

        info.RulesInfo = (function() {

            const RulesInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RulesInfo.create = function(properties) {
                return new RulesInfo(properties);
            };

            RulesInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RulesInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RulesInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.RulesInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            RulesInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RulesInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            RulesInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.RulesInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.RulesInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.RulesInfo();
            };

            RulesInfo.toObject = function () {
                return {};
            };

            RulesInfo.prototype.toJSON = function() {
                return RulesInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            RulesInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.RulesInfo";
            };

            return RulesInfo;
        })();

        info.MetricMetadataInfo = (function() {

            const MetricMetadataInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MetricMetadataInfo.create = function(properties) {
                return new MetricMetadataInfo(properties);
            };

            MetricMetadataInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MetricMetadataInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            MetricMetadataInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.MetricMetadataInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            MetricMetadataInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            MetricMetadataInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            MetricMetadataInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.MetricMetadataInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.MetricMetadataInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.MetricMetadataInfo();
            };

            MetricMetadataInfo.toObject = function () {
                return {};
            };

            MetricMetadataInfo.prototype.toJSON = function() {
                return MetricMetadataInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            MetricMetadataInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.MetricMetadataInfo";
            };

            return MetricMetadataInfo;
        })();

        info.TargetsInfo = (function() {

            const TargetsInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TargetsInfo.create = function(properties) {
                return new TargetsInfo(properties);
            };

            TargetsInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TargetsInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TargetsInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.TargetsInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            TargetsInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TargetsInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            TargetsInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.TargetsInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.TargetsInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.TargetsInfo();
            };

            TargetsInfo.toObject = function () {
                return {};
            };

            TargetsInfo.prototype.toJSON = function() {
                return TargetsInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            TargetsInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.TargetsInfo";
            };

            return TargetsInfo;
        })();

        info.ExemplarsInfo = (function() {

            const ExemplarsInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExemplarsInfo.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExemplarsInfo.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ExemplarsInfo.create = function(properties) {
                return new ExemplarsInfo(properties);
            };

            ExemplarsInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                    writer.uint32(8).int64(message.minTime);
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                    writer.uint32(16).int64(message.maxTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExemplarsInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExemplarsInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.ExemplarsInfo();
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
                                message.minTime = value;
                            else
                                delete message.minTime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxTime = value;
                            else
                                delete message.maxTime;
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

            ExemplarsInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExemplarsInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                        return "minTime: integer|Long expected";
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                        return "maxTime: integer|Long expected";
                return null;
            };

            ExemplarsInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.ExemplarsInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.ExemplarsInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.thanos.info.ExemplarsInfo();
                if (object.minTime != null)
                    if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                        if ($util.Long)
                            message.minTime = $util.Long.fromValue(object.minTime, false);
                        else if (typeof object.minTime === "string")
                            message.minTime = $parseInt(object.minTime, 10);
                        else if (typeof object.minTime === "number")
                            message.minTime = object.minTime;
                        else if (typeof object.minTime === "object")
                            message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
                if (object.maxTime != null)
                    if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                        if ($util.Long)
                            message.maxTime = $util.Long.fromValue(object.maxTime, false);
                        else if (typeof object.maxTime === "string")
                            message.maxTime = $parseInt(object.maxTime, 10);
                        else if (typeof object.maxTime === "number")
                            message.maxTime = object.maxTime;
                        else if (typeof object.maxTime === "object")
                            message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
                return message;
            };

            ExemplarsInfo.toObject = function (message, options, _depth) {
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
                        object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                    else if (typeof message.minTime === "number")
                        object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                    else
                        object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                    else if (typeof message.maxTime === "number")
                        object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                    else
                        object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
                return object;
            };

            ExemplarsInfo.prototype.toJSON = function() {
                return ExemplarsInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExemplarsInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.ExemplarsInfo";
            };

            return ExemplarsInfo;
        })();

        info.QueryAPIInfo = (function() {

            const QueryAPIInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            QueryAPIInfo.create = function(properties) {
                return new QueryAPIInfo(properties);
            };

            QueryAPIInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            QueryAPIInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            QueryAPIInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.QueryAPIInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            QueryAPIInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            QueryAPIInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            QueryAPIInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.QueryAPIInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.QueryAPIInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.QueryAPIInfo();
            };

            QueryAPIInfo.toObject = function () {
                return {};
            };

            QueryAPIInfo.prototype.toJSON = function() {
                return QueryAPIInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            QueryAPIInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.QueryAPIInfo";
            };

            return QueryAPIInfo;
        })();

        info.StatusInfo = (function() {

            const StatusInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusInfo.create = function(properties) {
                return new StatusInfo(properties);
            };

            StatusInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StatusInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.StatusInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            StatusInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StatusInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            StatusInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.StatusInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.StatusInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.thanos.info.StatusInfo();
            };

            StatusInfo.toObject = function () {
                return {};
            };

            StatusInfo.prototype.toJSON = function() {
                return StatusInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.StatusInfo";
            };

            return StatusInfo;
        })();

        info.TSDBInfo = (function() {

            const TSDBInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TSDBInfo.prototype.labels = null;
            TSDBInfo.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            TSDBInfo.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            TSDBInfo.create = function(properties) {
                return new TSDBInfo(properties);
            };

            TSDBInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                    writer.uint32(16).int64(message.minTime);
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                    writer.uint32(24).int64(message.maxTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TSDBInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TSDBInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.thanos.info.TSDBInfo();
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
                            message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.minTime = value;
                            else
                                delete message.minTime;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxTime = value;
                            else
                                delete message.maxTime;
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

            TSDBInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TSDBInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                    if (error)
                        return "labels." + error;
                }
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                        return "minTime: integer|Long expected";
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                        return "maxTime: integer|Long expected";
                return null;
            };

            TSDBInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.thanos.info.TSDBInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".thanos.info.TSDBInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.thanos.info.TSDBInfo();
                if (object.labels != null) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".thanos.info.TSDBInfo.labels: object expected");
                    message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
                }
                if (object.minTime != null)
                    if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                        if ($util.Long)
                            message.minTime = $util.Long.fromValue(object.minTime, false);
                        else if (typeof object.minTime === "string")
                            message.minTime = $parseInt(object.minTime, 10);
                        else if (typeof object.minTime === "number")
                            message.minTime = object.minTime;
                        else if (typeof object.minTime === "object")
                            message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
                if (object.maxTime != null)
                    if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                        if ($util.Long)
                            message.maxTime = $util.Long.fromValue(object.maxTime, false);
                        else if (typeof object.maxTime === "string")
                            message.maxTime = $parseInt(object.maxTime, 10);
                        else if (typeof object.maxTime === "number")
                            message.maxTime = object.maxTime;
                        else if (typeof object.maxTime === "object")
                            message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
                return message;
            };

            TSDBInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.labels = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
                if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                    else if (typeof message.minTime === "number")
                        object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                    else
                        object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
                if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                    else if (typeof message.maxTime === "number")
                        object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                    else
                        object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
                return object;
            };

            TSDBInfo.prototype.toJSON = function() {
                return TSDBInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            TSDBInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/thanos.info.TSDBInfo";
            };

            return TSDBInfo;
        })();

        return info;
    })();

    thanos.MetricMetadataRequest = (function() {

        const MetricMetadataRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricMetadataRequest.prototype.metric = "";
        MetricMetadataRequest.prototype.limit = 0;
        MetricMetadataRequest.prototype.partialResponseStrategy = 0;

        MetricMetadataRequest.create = function(properties) {
            return new MetricMetadataRequest(properties);
        };

        MetricMetadataRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== "")
                writer.uint32(10).string(message.metric);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(16).int32(message.limit);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(24).int32(message.partialResponseStrategy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricMetadataRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        MetricMetadataRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.MetricMetadataRequest();
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
                            message.metric = value;
                        else
                            delete message.metric;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
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

        MetricMetadataRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        MetricMetadataRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                if (!$util.isString(message.metric))
                    return "metric: string expected";
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit))
                    return "limit: integer expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            return null;
        };

        MetricMetadataRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.MetricMetadataRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.MetricMetadataRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.MetricMetadataRequest();
            if (object.metric != null)
                if (typeof object.metric !== "string" || object.metric.length)
                    message.metric = $String(object.metric);
            if (object.limit != null)
                if ($Number(object.limit) !== 0)
                    message.limit = object.limit | 0;
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            return message;
        };

        MetricMetadataRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.metric = "";
                object.limit = 0;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                object.metric = message.metric;
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                object.limit = message.limit;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            return object;
        };

        MetricMetadataRequest.prototype.toJSON = function() {
            return MetricMetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadataRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.MetricMetadataRequest";
        };

        return MetricMetadataRequest;
    })();

    thanos.MetricMetadataResponse = (function() {

        const MetricMetadataResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricMetadataResponse.prototype.metadata = null;
        MetricMetadataResponse.prototype.warning = null;

        let $oneOfFields;

        $Object.defineProperty(MetricMetadataResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["metadata", "warning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        MetricMetadataResponse.create = function(properties) {
            return new MetricMetadataResponse(properties);
        };

        MetricMetadataResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                $root.thanos.MetricMetadata.encode(message.metadata, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricMetadataResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        MetricMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.MetricMetadataResponse();
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
                        message.metadata = $root.thanos.MetricMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                        message.result = "metadata";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
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

        MetricMetadataResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        MetricMetadataResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                properties.result = 1;
                {
                    let error = $root.thanos.MetricMetadata.verify(message.metadata, _depth + 1);
                    if (error)
                        return "metadata." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            return null;
        };

        MetricMetadataResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.MetricMetadataResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.MetricMetadataResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.MetricMetadataResponse();
            if (object.metadata != null) {
                if (!$util.isObject(object.metadata))
                    throw $TypeError(".thanos.MetricMetadataResponse.metadata: object expected");
                message.metadata = $root.thanos.MetricMetadata.fromObject(object.metadata, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            return message;
        };

        MetricMetadataResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                object.metadata = $root.thanos.MetricMetadata.toObject(message.metadata, options, _depth + 1);
                if (options.oneofs)
                    object.result = "metadata";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            return object;
        };

        MetricMetadataResponse.prototype.toJSON = function() {
            return MetricMetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadataResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.MetricMetadataResponse";
        };

        return MetricMetadataResponse;
    })();

    thanos.MetricMetadata = (function() {

        const MetricMetadata = function (properties) {
            this.metadata = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricMetadata.prototype.metadata = $util.emptyObject;

        MetricMetadata.create = function(properties) {
            return new MetricMetadata(properties);
        };

        MetricMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i) {
                    writer.uint32(10).fork().uint32(10).string(keys[i]);
                    $root.thanos.MetricMetadataEntry.encode(message.metadata[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        MetricMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.MetricMetadata();
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
                        if (message.metadata === $util.emptyObject)
                            message.metadata = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.thanos.MetricMetadataEntry.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.metadata, key);
                        message.metadata[key] = value || new $root.thanos.MetricMetadataEntry();
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

        MetricMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        MetricMetadata.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                if (!$util.isObject(message.metadata))
                    return "metadata: object expected";
                let key = $Object.keys(message.metadata);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.thanos.MetricMetadataEntry.verify(message.metadata[key[i]], _depth + 1);
                    if (error)
                        return "metadata." + error;
                }
            }
            return null;
        };

        MetricMetadata.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.MetricMetadata)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.MetricMetadata: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.MetricMetadata();
            if (object.metadata) {
                if (!$util.isObject(object.metadata))
                    throw $TypeError(".thanos.MetricMetadata.metadata: object expected");
                message.metadata = {};
                for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.metadata, keys[i]);
                    if (!$util.isObject(object.metadata[keys[i]]))
                        throw $TypeError(".thanos.MetricMetadata.metadata: object expected");
                    message.metadata[keys[i]] = $root.thanos.MetricMetadataEntry.fromObject(object.metadata[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        MetricMetadata.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.metadata = {};
            let keys2;
            if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                object.metadata = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.metadata, keys2[j]);
                    object.metadata[keys2[j]] = $root.thanos.MetricMetadataEntry.toObject(message.metadata[keys2[j]], options, _depth + 1);
                }
            }
            return object;
        };

        MetricMetadata.prototype.toJSON = function() {
            return MetricMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.MetricMetadata";
        };

        return MetricMetadata;
    })();

    thanos.MetricMetadataEntry = (function() {

        const MetricMetadataEntry = function (properties) {
            this.metas = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricMetadataEntry.prototype.metas = $util.emptyArray;

        MetricMetadataEntry.create = function(properties) {
            return new MetricMetadataEntry(properties);
        };

        MetricMetadataEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metas != null && message.metas.length)
                for (let i = 0; i < message.metas.length; ++i)
                    $root.thanos.Meta.encode(message.metas[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricMetadataEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        MetricMetadataEntry.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.MetricMetadataEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metas && message.metas.length))
                            message.metas = [];
                        message.metas.push($root.thanos.Meta.decode(reader, reader.size(), $undefined, _depth + 1));
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

        MetricMetadataEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        MetricMetadataEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.metas != null && $Object.hasOwnProperty.call(message, "metas")) {
                if (!$Array.isArray(message.metas))
                    return "metas: array expected";
                for (let i = 0; i < message.metas.length; ++i) {
                    let error = $root.thanos.Meta.verify(message.metas[i], _depth + 1);
                    if (error)
                        return "metas." + error;
                }
            }
            return null;
        };

        MetricMetadataEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.MetricMetadataEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.MetricMetadataEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.MetricMetadataEntry();
            if (object.metas) {
                if (!$Array.isArray(object.metas))
                    throw $TypeError(".thanos.MetricMetadataEntry.metas: array expected");
                message.metas = $Array(object.metas.length);
                for (let i = 0; i < object.metas.length; ++i) {
                    if (!$util.isObject(object.metas[i]))
                        throw $TypeError(".thanos.MetricMetadataEntry.metas: object expected");
                    message.metas[i] = $root.thanos.Meta.fromObject(object.metas[i], _depth + 1);
                }
            }
            return message;
        };

        MetricMetadataEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.metas = [];
            if (message.metas && message.metas.length) {
                object.metas = $Array(message.metas.length);
                for (let j = 0; j < message.metas.length; ++j)
                    object.metas[j] = $root.thanos.Meta.toObject(message.metas[j], options, _depth + 1);
            }
            return object;
        };

        MetricMetadataEntry.prototype.toJSON = function() {
            return MetricMetadataEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadataEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.MetricMetadataEntry";
        };

        return MetricMetadataEntry;
    })();

    thanos.Meta = (function() {

        const Meta = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Meta.prototype.type = "";
        Meta.prototype.help = "";
        Meta.prototype.unit = "";

        Meta.create = function(properties) {
            return new Meta(properties);
        };

        Meta.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(10).string(message.type);
            if (message.help != null && $Object.hasOwnProperty.call(message, "help") && message.help !== "")
                writer.uint32(18).string(message.help);
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                writer.uint32(26).string(message.unit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Meta.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Meta.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Meta();
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
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.help = value;
                        else
                            delete message.help;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.unit = value;
                        else
                            delete message.unit;
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

        Meta.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Meta.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (!$util.isString(message.type))
                    return "type: string expected";
            if (message.help != null && $Object.hasOwnProperty.call(message, "help"))
                if (!$util.isString(message.help))
                    return "help: string expected";
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                if (!$util.isString(message.unit))
                    return "unit: string expected";
            return null;
        };

        Meta.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Meta)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Meta: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Meta();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.help != null)
                if (typeof object.help !== "string" || object.help.length)
                    message.help = $String(object.help);
            if (object.unit != null)
                if (typeof object.unit !== "string" || object.unit.length)
                    message.unit = $String(object.unit);
            return message;
        };

        Meta.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = "";
                object.help = "";
                object.unit = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.help != null && $Object.hasOwnProperty.call(message, "help"))
                object.help = message.help;
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                object.unit = message.unit;
            return object;
        };

        Meta.prototype.toJSON = function() {
            return Meta.toObject(this, $protobuf.util.toJSONOptions);
        };

        Meta.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Meta";
        };

        return Meta;
    })();

    thanos.RulesRequest = (function() {

        const RulesRequest = function (properties) {
            this.matcherString = [];
            this.ruleName = [];
            this.ruleGroup = [];
            this.file = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RulesRequest.prototype.type = 0;
        RulesRequest.prototype.partialResponseStrategy = 0;
        RulesRequest.prototype.matcherString = $util.emptyArray;
        RulesRequest.prototype.ruleName = $util.emptyArray;
        RulesRequest.prototype.ruleGroup = $util.emptyArray;
        RulesRequest.prototype.file = $util.emptyArray;

        RulesRequest.create = function(properties) {
            return new RulesRequest(properties);
        };

        RulesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(16).int32(message.partialResponseStrategy);
            if (message.matcherString != null && message.matcherString.length)
                for (let i = 0; i < message.matcherString.length; ++i)
                    writer.uint32(26).string(message.matcherString[i]);
            if (message.ruleName != null && message.ruleName.length)
                for (let i = 0; i < message.ruleName.length; ++i)
                    writer.uint32(34).string(message.ruleName[i]);
            if (message.ruleGroup != null && message.ruleGroup.length)
                for (let i = 0; i < message.ruleGroup.length; ++i)
                    writer.uint32(42).string(message.ruleGroup[i]);
            if (message.file != null && message.file.length)
                for (let i = 0; i < message.file.length; ++i)
                    writer.uint32(50).string(message.file[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RulesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        RulesRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.RulesRequest();
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matcherString && message.matcherString.length))
                            message.matcherString = [];
                        message.matcherString.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ruleName && message.ruleName.length))
                            message.ruleName = [];
                        message.ruleName.push(reader.stringVerify());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ruleGroup && message.ruleGroup.length))
                            message.ruleGroup = [];
                        message.ruleGroup.push(reader.stringVerify());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.file && message.file.length))
                            message.file = [];
                        message.file.push(reader.stringVerify());
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

        RulesRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        RulesRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            if (message.matcherString != null && $Object.hasOwnProperty.call(message, "matcherString")) {
                if (!$Array.isArray(message.matcherString))
                    return "matcherString: array expected";
                for (let i = 0; i < message.matcherString.length; ++i)
                    if (!$util.isString(message.matcherString[i]))
                        return "matcherString: string[] expected";
            }
            if (message.ruleName != null && $Object.hasOwnProperty.call(message, "ruleName")) {
                if (!$Array.isArray(message.ruleName))
                    return "ruleName: array expected";
                for (let i = 0; i < message.ruleName.length; ++i)
                    if (!$util.isString(message.ruleName[i]))
                        return "ruleName: string[] expected";
            }
            if (message.ruleGroup != null && $Object.hasOwnProperty.call(message, "ruleGroup")) {
                if (!$Array.isArray(message.ruleGroup))
                    return "ruleGroup: array expected";
                for (let i = 0; i < message.ruleGroup.length; ++i)
                    if (!$util.isString(message.ruleGroup[i]))
                        return "ruleGroup: string[] expected";
            }
            if (message.file != null && $Object.hasOwnProperty.call(message, "file")) {
                if (!$Array.isArray(message.file))
                    return "file: array expected";
                for (let i = 0; i < message.file.length; ++i)
                    if (!$util.isString(message.file[i]))
                        return "file: string[] expected";
            }
            return null;
        };

        RulesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RulesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RulesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RulesRequest();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.thanos.RulesRequest.Type[object.type] !== 0))
                switch (object.type) {
                case "ALL":
                case 0:
                    message.type = 0;
                    break;
                case "ALERT":
                case 1:
                    message.type = 1;
                    break;
                case "RECORD":
                case 2:
                    message.type = 2;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            if (object.matcherString) {
                if (!$Array.isArray(object.matcherString))
                    throw $TypeError(".thanos.RulesRequest.matcherString: array expected");
                message.matcherString = $Array(object.matcherString.length);
                for (let i = 0; i < object.matcherString.length; ++i)
                    message.matcherString[i] = $String(object.matcherString[i]);
            }
            if (object.ruleName) {
                if (!$Array.isArray(object.ruleName))
                    throw $TypeError(".thanos.RulesRequest.ruleName: array expected");
                message.ruleName = $Array(object.ruleName.length);
                for (let i = 0; i < object.ruleName.length; ++i)
                    message.ruleName[i] = $String(object.ruleName[i]);
            }
            if (object.ruleGroup) {
                if (!$Array.isArray(object.ruleGroup))
                    throw $TypeError(".thanos.RulesRequest.ruleGroup: array expected");
                message.ruleGroup = $Array(object.ruleGroup.length);
                for (let i = 0; i < object.ruleGroup.length; ++i)
                    message.ruleGroup[i] = $String(object.ruleGroup[i]);
            }
            if (object.file) {
                if (!$Array.isArray(object.file))
                    throw $TypeError(".thanos.RulesRequest.file: array expected");
                message.file = $Array(object.file.length);
                for (let i = 0; i < object.file.length; ++i)
                    message.file[i] = $String(object.file[i]);
            }
            return message;
        };

        RulesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.matcherString = [];
                object.ruleName = [];
                object.ruleGroup = [];
                object.file = [];
            }
            if (options.defaults) {
                object.type = options.enums === $String ? "ALL" : 0;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.thanos.RulesRequest.Type[message.type] === $undefined ? message.type : $root.thanos.RulesRequest.Type[message.type] : message.type;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            if (message.matcherString && message.matcherString.length) {
                object.matcherString = $Array(message.matcherString.length);
                for (let j = 0; j < message.matcherString.length; ++j)
                    object.matcherString[j] = message.matcherString[j];
            }
            if (message.ruleName && message.ruleName.length) {
                object.ruleName = $Array(message.ruleName.length);
                for (let j = 0; j < message.ruleName.length; ++j)
                    object.ruleName[j] = message.ruleName[j];
            }
            if (message.ruleGroup && message.ruleGroup.length) {
                object.ruleGroup = $Array(message.ruleGroup.length);
                for (let j = 0; j < message.ruleGroup.length; ++j)
                    object.ruleGroup[j] = message.ruleGroup[j];
            }
            if (message.file && message.file.length) {
                object.file = $Array(message.file.length);
                for (let j = 0; j < message.file.length; ++j)
                    object.file[j] = message.file[j];
            }
            return object;
        };

        RulesRequest.prototype.toJSON = function() {
            return RulesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        RulesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RulesRequest";
        };

        RulesRequest.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALL"] = 0;
            values[valuesById[1] = "ALERT"] = 1;
            values[valuesById[2] = "RECORD"] = 2;
            return values;
        })();

        return RulesRequest;
    })();

    thanos.RulesResponse = (function() {

        const RulesResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RulesResponse.prototype.group = null;
        RulesResponse.prototype.warning = null;

        let $oneOfFields;

        $Object.defineProperty(RulesResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["group", "warning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        RulesResponse.create = function(properties) {
            return new RulesResponse(properties);
        };

        RulesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                $root.thanos.RuleGroup.encode(message.group, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RulesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        RulesResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.RulesResponse();
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
                        message.group = $root.thanos.RuleGroup.decode(reader, reader.size(), $undefined, _depth + 1, message.group);
                        message.result = "group";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
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

        RulesResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        RulesResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.group != null && $Object.hasOwnProperty.call(message, "group")) {
                properties.result = 1;
                {
                    let error = $root.thanos.RuleGroup.verify(message.group, _depth + 1);
                    if (error)
                        return "group." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            return null;
        };

        RulesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RulesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RulesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RulesResponse();
            if (object.group != null) {
                if (!$util.isObject(object.group))
                    throw $TypeError(".thanos.RulesResponse.group: object expected");
                message.group = $root.thanos.RuleGroup.fromObject(object.group, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            return message;
        };

        RulesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.group != null && $Object.hasOwnProperty.call(message, "group")) {
                object.group = $root.thanos.RuleGroup.toObject(message.group, options, _depth + 1);
                if (options.oneofs)
                    object.result = "group";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            return object;
        };

        RulesResponse.prototype.toJSON = function() {
            return RulesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        RulesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RulesResponse";
        };

        return RulesResponse;
    })();

    thanos.RuleGroups = (function() {

        const RuleGroups = function (properties) {
            this.groups = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RuleGroups.prototype.groups = $util.emptyArray;

        RuleGroups.create = function(properties) {
            return new RuleGroups(properties);
        };

        RuleGroups.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.groups != null && message.groups.length)
                for (let i = 0; i < message.groups.length; ++i)
                    $root.thanos.RuleGroup.encode(message.groups[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RuleGroups.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        RuleGroups.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.RuleGroups();
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
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        message.groups.push($root.thanos.RuleGroup.decode(reader, reader.size(), $undefined, _depth + 1));
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

        RuleGroups.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        RuleGroups.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.groups != null && $Object.hasOwnProperty.call(message, "groups")) {
                if (!$Array.isArray(message.groups))
                    return "groups: array expected";
                for (let i = 0; i < message.groups.length; ++i) {
                    let error = $root.thanos.RuleGroup.verify(message.groups[i], _depth + 1);
                    if (error)
                        return "groups." + error;
                }
            }
            return null;
        };

        RuleGroups.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RuleGroups)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RuleGroups: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RuleGroups();
            if (object.groups) {
                if (!$Array.isArray(object.groups))
                    throw $TypeError(".thanos.RuleGroups.groups: array expected");
                message.groups = $Array(object.groups.length);
                for (let i = 0; i < object.groups.length; ++i) {
                    if (!$util.isObject(object.groups[i]))
                        throw $TypeError(".thanos.RuleGroups.groups: object expected");
                    message.groups[i] = $root.thanos.RuleGroup.fromObject(object.groups[i], _depth + 1);
                }
            }
            return message;
        };

        RuleGroups.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.groups = [];
            if (message.groups && message.groups.length) {
                object.groups = $Array(message.groups.length);
                for (let j = 0; j < message.groups.length; ++j)
                    object.groups[j] = $root.thanos.RuleGroup.toObject(message.groups[j], options, _depth + 1);
            }
            return object;
        };

        RuleGroups.prototype.toJSON = function() {
            return RuleGroups.toObject(this, $protobuf.util.toJSONOptions);
        };

        RuleGroups.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RuleGroups";
        };

        return RuleGroups;
    })();

    thanos.RuleGroup = (function() {

        const RuleGroup = function (properties) {
            this.rules = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RuleGroup.prototype.name = "";
        RuleGroup.prototype.file = "";
        RuleGroup.prototype.rules = $util.emptyArray;
        RuleGroup.prototype.interval = 0;
        RuleGroup.prototype.evaluationDurationSeconds = 0;
        RuleGroup.prototype.lastEvaluation = null;
        RuleGroup.prototype.PartialResponseStrategy = 0;
        RuleGroup.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        RuleGroup.create = function(properties) {
            return new RuleGroup(properties);
        };

        RuleGroup.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                writer.uint32(18).string(message.file);
            if (message.rules != null && message.rules.length)
                for (let i = 0; i < message.rules.length; ++i)
                    $root.thanos.Rule.encode(message.rules[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.interval != null && $Object.hasOwnProperty.call(message, "interval") && !$Object.is(message.interval, 0))
                writer.uint32(33).double(message.interval);
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds") && !$Object.is(message.evaluationDurationSeconds, 0))
                writer.uint32(41).double(message.evaluationDurationSeconds);
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                $root.google.protobuf.Timestamp.encode(message.lastEvaluation, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy") && message.PartialResponseStrategy !== 0)
                writer.uint32(64).int32(message.PartialResponseStrategy);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(72).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RuleGroup.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        RuleGroup.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.RuleGroup();
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
                            message.file = value;
                        else
                            delete message.file;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.rules && message.rules.length))
                            message.rules = [];
                        message.rules.push($root.thanos.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.interval = value;
                        else
                            delete message.interval;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.evaluationDurationSeconds = value;
                        else
                            delete message.evaluationDurationSeconds;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.lastEvaluation = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastEvaluation);
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.PartialResponseStrategy = value;
                        else
                            delete message.PartialResponseStrategy;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
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

        RuleGroup.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        RuleGroup.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                if (!$util.isString(message.file))
                    return "file: string expected";
            if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                if (!$Array.isArray(message.rules))
                    return "rules: array expected";
                for (let i = 0; i < message.rules.length; ++i) {
                    let error = $root.thanos.Rule.verify(message.rules[i], _depth + 1);
                    if (error)
                        return "rules." + error;
                }
            }
            if (message.interval != null && $Object.hasOwnProperty.call(message, "interval"))
                if (typeof message.interval !== "number")
                    return "interval: number expected";
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                if (typeof message.evaluationDurationSeconds !== "number")
                    return "evaluationDurationSeconds: number expected";
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation")) {
                let error = $root.google.protobuf.Timestamp.verify(message.lastEvaluation, _depth + 1);
                if (error)
                    return "lastEvaluation." + error;
            }
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy"))
                if (typeof message.PartialResponseStrategy !== "number" || (message.PartialResponseStrategy | 0) !== message.PartialResponseStrategy)
                    return "PartialResponseStrategy: enum value expected";
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                    return "limit: integer|Long expected";
            return null;
        };

        RuleGroup.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RuleGroup)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RuleGroup: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RuleGroup();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.file != null)
                if (typeof object.file !== "string" || object.file.length)
                    message.file = $String(object.file);
            if (object.rules) {
                if (!$Array.isArray(object.rules))
                    throw $TypeError(".thanos.RuleGroup.rules: array expected");
                message.rules = $Array(object.rules.length);
                for (let i = 0; i < object.rules.length; ++i) {
                    if (!$util.isObject(object.rules[i]))
                        throw $TypeError(".thanos.RuleGroup.rules: object expected");
                    message.rules[i] = $root.thanos.Rule.fromObject(object.rules[i], _depth + 1);
                }
            }
            if (object.interval != null)
                if (!$Object.is($Number(object.interval), 0))
                    message.interval = $Number(object.interval);
            if (object.evaluationDurationSeconds != null)
                if (!$Object.is($Number(object.evaluationDurationSeconds), 0))
                    message.evaluationDurationSeconds = $Number(object.evaluationDurationSeconds);
            if (object.lastEvaluation != null) {
                if (!$util.isObject(object.lastEvaluation))
                    throw $TypeError(".thanos.RuleGroup.lastEvaluation: object expected");
                message.lastEvaluation = $root.google.protobuf.Timestamp.fromObject(object.lastEvaluation, _depth + 1);
            }
            if (object.PartialResponseStrategy !== 0 && (typeof object.PartialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.PartialResponseStrategy] !== 0))
                switch (object.PartialResponseStrategy) {
                case "WARN":
                case 0:
                    message.PartialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.PartialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.PartialResponseStrategy === "number" && (object.PartialResponseStrategy | 0) === object.PartialResponseStrategy)
                        message.PartialResponseStrategy = object.PartialResponseStrategy;
                }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        RuleGroup.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.rules = [];
            if (options.defaults) {
                object.name = "";
                object.file = "";
                object.interval = 0;
                object.evaluationDurationSeconds = 0;
                object.lastEvaluation = null;
                object.PartialResponseStrategy = options.enums === $String ? "WARN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                object.file = message.file;
            if (message.rules && message.rules.length) {
                object.rules = $Array(message.rules.length);
                for (let j = 0; j < message.rules.length; ++j)
                    object.rules[j] = $root.thanos.Rule.toObject(message.rules[j], options, _depth + 1);
            }
            if (message.interval != null && $Object.hasOwnProperty.call(message, "interval"))
                object.interval = options.json && !$isFinite(message.interval) ? $String(message.interval) : message.interval;
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                object.evaluationDurationSeconds = options.json && !$isFinite(message.evaluationDurationSeconds) ? $String(message.evaluationDurationSeconds) : message.evaluationDurationSeconds;
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                object.lastEvaluation = $root.google.protobuf.Timestamp.toObject(message.lastEvaluation, options, _depth + 1);
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy"))
                object.PartialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.PartialResponseStrategy] === $undefined ? message.PartialResponseStrategy : $root.thanos.PartialResponseStrategy[message.PartialResponseStrategy] : message.PartialResponseStrategy;
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        RuleGroup.prototype.toJSON = function() {
            return RuleGroup.toObject(this, $protobuf.util.toJSONOptions);
        };

        RuleGroup.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RuleGroup";
        };

        return RuleGroup;
    })();

    thanos.Rule = (function() {

        const Rule = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Rule.prototype.recording = null;
        Rule.prototype.alert = null;

        let $oneOfFields;

        $Object.defineProperty(Rule.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["recording", "alert"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Rule.create = function(properties) {
            return new Rule(properties);
        };

        Rule.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                $root.thanos.RecordingRule.encode(message.recording, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                $root.thanos.Alert.encode(message.alert, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Rule.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Rule.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Rule();
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
                        message.recording = $root.thanos.RecordingRule.decode(reader, reader.size(), $undefined, _depth + 1, message.recording);
                        message.result = "recording";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.alert = $root.thanos.Alert.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                        message.result = "alert";
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

        Rule.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Rule.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.recording != null && $Object.hasOwnProperty.call(message, "recording")) {
                properties.result = 1;
                {
                    let error = $root.thanos.RecordingRule.verify(message.recording, _depth + 1);
                    if (error)
                        return "recording." + error;
                }
            }
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                {
                    let error = $root.thanos.Alert.verify(message.alert, _depth + 1);
                    if (error)
                        return "alert." + error;
                }
            }
            return null;
        };

        Rule.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Rule)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Rule: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Rule();
            if (object.recording != null) {
                if (!$util.isObject(object.recording))
                    throw $TypeError(".thanos.Rule.recording: object expected");
                message.recording = $root.thanos.RecordingRule.fromObject(object.recording, _depth + 1);
            }
            if (object.alert != null) {
                if (!$util.isObject(object.alert))
                    throw $TypeError(".thanos.Rule.alert: object expected");
                message.alert = $root.thanos.Alert.fromObject(object.alert, _depth + 1);
            }
            return message;
        };

        Rule.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.recording != null && $Object.hasOwnProperty.call(message, "recording")) {
                object.recording = $root.thanos.RecordingRule.toObject(message.recording, options, _depth + 1);
                if (options.oneofs)
                    object.result = "recording";
            }
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert")) {
                object.alert = $root.thanos.Alert.toObject(message.alert, options, _depth + 1);
                if (options.oneofs)
                    object.result = "alert";
            }
            return object;
        };

        Rule.prototype.toJSON = function() {
            return Rule.toObject(this, $protobuf.util.toJSONOptions);
        };

        Rule.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Rule";
        };

        return Rule;
    })();

    thanos.AlertState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN"] = 0;
        values[valuesById[1] = "INACTIVE"] = 1;
        values[valuesById[2] = "PENDING"] = 2;
        values[valuesById[3] = "FIRING"] = 3;
        return values;
    })();

    thanos.AlertInstance = (function() {

        const AlertInstance = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AlertInstance.prototype.labels = null;
        AlertInstance.prototype.annotations = null;
        AlertInstance.prototype.state = 0;
        AlertInstance.prototype.activeAt = null;
        AlertInstance.prototype.value = "";
        AlertInstance.prototype.PartialResponseStrategy = 0;

        AlertInstance.create = function(properties) {
            return new AlertInstance(properties);
        };

        AlertInstance.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                $root.thanos.ZLabelSet.encode(message.annotations, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(24).int32(message.state);
            if (message.activeAt != null && $Object.hasOwnProperty.call(message, "activeAt"))
                $root.google.protobuf.Timestamp.encode(message.activeAt, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(42).string(message.value);
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy") && message.PartialResponseStrategy !== 0)
                writer.uint32(48).int32(message.PartialResponseStrategy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AlertInstance.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        AlertInstance.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.AlertInstance();
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
                        message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.annotations = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.annotations);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.activeAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.activeAt);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.PartialResponseStrategy = value;
                        else
                            delete message.PartialResponseStrategy;
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

        AlertInstance.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        AlertInstance.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                if (error)
                    return "labels." + error;
            }
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations")) {
                let error = $root.thanos.ZLabelSet.verify(message.annotations, _depth + 1);
                if (error)
                    return "annotations." + error;
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                    return "state: enum value expected";
            if (message.activeAt != null && $Object.hasOwnProperty.call(message, "activeAt")) {
                let error = $root.google.protobuf.Timestamp.verify(message.activeAt, _depth + 1);
                if (error)
                    return "activeAt." + error;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (!$util.isString(message.value))
                    return "value: string expected";
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy"))
                if (typeof message.PartialResponseStrategy !== "number" || (message.PartialResponseStrategy | 0) !== message.PartialResponseStrategy)
                    return "PartialResponseStrategy: enum value expected";
            return null;
        };

        AlertInstance.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.AlertInstance)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.AlertInstance: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.AlertInstance();
            if (object.labels != null) {
                if (!$util.isObject(object.labels))
                    throw $TypeError(".thanos.AlertInstance.labels: object expected");
                message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
            }
            if (object.annotations != null) {
                if (!$util.isObject(object.annotations))
                    throw $TypeError(".thanos.AlertInstance.annotations: object expected");
                message.annotations = $root.thanos.ZLabelSet.fromObject(object.annotations, _depth + 1);
            }
            if (object.state !== 0 && (typeof object.state !== "string" || $root.thanos.AlertState[object.state] !== 0))
                switch (object.state) {
                case "UNKNOWN":
                case 0:
                    message.state = 0;
                    break;
                case "INACTIVE":
                case 1:
                    message.state = 1;
                    break;
                case "PENDING":
                case 2:
                    message.state = 2;
                    break;
                case "FIRING":
                case 3:
                    message.state = 3;
                    break;
                default:
                    if (typeof object.state === "number" && (object.state | 0) === object.state)
                        message.state = object.state;
                }
            if (object.activeAt != null) {
                if (!$util.isObject(object.activeAt))
                    throw $TypeError(".thanos.AlertInstance.activeAt: object expected");
                message.activeAt = $root.google.protobuf.Timestamp.fromObject(object.activeAt, _depth + 1);
            }
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            if (object.PartialResponseStrategy !== 0 && (typeof object.PartialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.PartialResponseStrategy] !== 0))
                switch (object.PartialResponseStrategy) {
                case "WARN":
                case 0:
                    message.PartialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.PartialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.PartialResponseStrategy === "number" && (object.PartialResponseStrategy | 0) === object.PartialResponseStrategy)
                        message.PartialResponseStrategy = object.PartialResponseStrategy;
                }
            return message;
        };

        AlertInstance.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.labels = null;
                object.annotations = null;
                object.state = options.enums === $String ? "UNKNOWN" : 0;
                object.activeAt = null;
                object.value = "";
                object.PartialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                object.annotations = $root.thanos.ZLabelSet.toObject(message.annotations, options, _depth + 1);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === $String ? $root.thanos.AlertState[message.state] === $undefined ? message.state : $root.thanos.AlertState[message.state] : message.state;
            if (message.activeAt != null && $Object.hasOwnProperty.call(message, "activeAt"))
                object.activeAt = $root.google.protobuf.Timestamp.toObject(message.activeAt, options, _depth + 1);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            if (message.PartialResponseStrategy != null && $Object.hasOwnProperty.call(message, "PartialResponseStrategy"))
                object.PartialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.PartialResponseStrategy] === $undefined ? message.PartialResponseStrategy : $root.thanos.PartialResponseStrategy[message.PartialResponseStrategy] : message.PartialResponseStrategy;
            return object;
        };

        AlertInstance.prototype.toJSON = function() {
            return AlertInstance.toObject(this, $protobuf.util.toJSONOptions);
        };

        AlertInstance.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.AlertInstance";
        };

        return AlertInstance;
    })();

    thanos.Alert = (function() {

        const Alert = function (properties) {
            this.alerts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Alert.prototype.state = 0;
        Alert.prototype.name = "";
        Alert.prototype.query = "";
        Alert.prototype.durationSeconds = 0;
        Alert.prototype.labels = null;
        Alert.prototype.annotations = null;
        Alert.prototype.alerts = $util.emptyArray;
        Alert.prototype.health = "";
        Alert.prototype.lastError = "";
        Alert.prototype.evaluationDurationSeconds = 0;
        Alert.prototype.lastEvaluation = null;
        Alert.prototype.keepFiringForSeconds = 0;

        Alert.create = function(properties) {
            return new Alert(properties);
        };

        Alert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(8).int32(message.state);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                writer.uint32(26).string(message.query);
            if (message.durationSeconds != null && $Object.hasOwnProperty.call(message, "durationSeconds") && !$Object.is(message.durationSeconds, 0))
                writer.uint32(33).double(message.durationSeconds);
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                $root.thanos.ZLabelSet.encode(message.annotations, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.alerts != null && message.alerts.length)
                for (let i = 0; i < message.alerts.length; ++i)
                    $root.thanos.AlertInstance.encode(message.alerts[i], writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.health != null && $Object.hasOwnProperty.call(message, "health") && message.health !== "")
                writer.uint32(66).string(message.health);
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                writer.uint32(74).string(message.lastError);
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds") && !$Object.is(message.evaluationDurationSeconds, 0))
                writer.uint32(81).double(message.evaluationDurationSeconds);
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                $root.google.protobuf.Timestamp.encode(message.lastEvaluation, writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.keepFiringForSeconds != null && $Object.hasOwnProperty.call(message, "keepFiringForSeconds") && !$Object.is(message.keepFiringForSeconds, 0))
                writer.uint32(97).double(message.keepFiringForSeconds);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Alert.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Alert.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Alert();
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
                            message.state = value;
                        else
                            delete message.state;
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
                            message.query = value;
                        else
                            delete message.query;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.durationSeconds = value;
                        else
                            delete message.durationSeconds;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.annotations = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.annotations);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.alerts && message.alerts.length))
                            message.alerts = [];
                        message.alerts.push($root.thanos.AlertInstance.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.health = value;
                        else
                            delete message.health;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.lastError = value;
                        else
                            delete message.lastError;
                        continue;
                    }
                case 10: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.evaluationDurationSeconds = value;
                        else
                            delete message.evaluationDurationSeconds;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.lastEvaluation = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastEvaluation);
                        continue;
                    }
                case 12: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.keepFiringForSeconds = value;
                        else
                            delete message.keepFiringForSeconds;
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

        Alert.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Alert.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                    return "state: enum value expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                if (!$util.isString(message.query))
                    return "query: string expected";
            if (message.durationSeconds != null && $Object.hasOwnProperty.call(message, "durationSeconds"))
                if (typeof message.durationSeconds !== "number")
                    return "durationSeconds: number expected";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                if (error)
                    return "labels." + error;
            }
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations")) {
                let error = $root.thanos.ZLabelSet.verify(message.annotations, _depth + 1);
                if (error)
                    return "annotations." + error;
            }
            if (message.alerts != null && $Object.hasOwnProperty.call(message, "alerts")) {
                if (!$Array.isArray(message.alerts))
                    return "alerts: array expected";
                for (let i = 0; i < message.alerts.length; ++i) {
                    let error = $root.thanos.AlertInstance.verify(message.alerts[i], _depth + 1);
                    if (error)
                        return "alerts." + error;
                }
            }
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                if (!$util.isString(message.health))
                    return "health: string expected";
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                if (!$util.isString(message.lastError))
                    return "lastError: string expected";
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                if (typeof message.evaluationDurationSeconds !== "number")
                    return "evaluationDurationSeconds: number expected";
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation")) {
                let error = $root.google.protobuf.Timestamp.verify(message.lastEvaluation, _depth + 1);
                if (error)
                    return "lastEvaluation." + error;
            }
            if (message.keepFiringForSeconds != null && $Object.hasOwnProperty.call(message, "keepFiringForSeconds"))
                if (typeof message.keepFiringForSeconds !== "number")
                    return "keepFiringForSeconds: number expected";
            return null;
        };

        Alert.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Alert)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Alert: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Alert();
            if (object.state !== 0 && (typeof object.state !== "string" || $root.thanos.AlertState[object.state] !== 0))
                switch (object.state) {
                case "UNKNOWN":
                case 0:
                    message.state = 0;
                    break;
                case "INACTIVE":
                case 1:
                    message.state = 1;
                    break;
                case "PENDING":
                case 2:
                    message.state = 2;
                    break;
                case "FIRING":
                case 3:
                    message.state = 3;
                    break;
                default:
                    if (typeof object.state === "number" && (object.state | 0) === object.state)
                        message.state = object.state;
                }
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.query != null)
                if (typeof object.query !== "string" || object.query.length)
                    message.query = $String(object.query);
            if (object.durationSeconds != null)
                if (!$Object.is($Number(object.durationSeconds), 0))
                    message.durationSeconds = $Number(object.durationSeconds);
            if (object.labels != null) {
                if (!$util.isObject(object.labels))
                    throw $TypeError(".thanos.Alert.labels: object expected");
                message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
            }
            if (object.annotations != null) {
                if (!$util.isObject(object.annotations))
                    throw $TypeError(".thanos.Alert.annotations: object expected");
                message.annotations = $root.thanos.ZLabelSet.fromObject(object.annotations, _depth + 1);
            }
            if (object.alerts) {
                if (!$Array.isArray(object.alerts))
                    throw $TypeError(".thanos.Alert.alerts: array expected");
                message.alerts = $Array(object.alerts.length);
                for (let i = 0; i < object.alerts.length; ++i) {
                    if (!$util.isObject(object.alerts[i]))
                        throw $TypeError(".thanos.Alert.alerts: object expected");
                    message.alerts[i] = $root.thanos.AlertInstance.fromObject(object.alerts[i], _depth + 1);
                }
            }
            if (object.health != null)
                if (typeof object.health !== "string" || object.health.length)
                    message.health = $String(object.health);
            if (object.lastError != null)
                if (typeof object.lastError !== "string" || object.lastError.length)
                    message.lastError = $String(object.lastError);
            if (object.evaluationDurationSeconds != null)
                if (!$Object.is($Number(object.evaluationDurationSeconds), 0))
                    message.evaluationDurationSeconds = $Number(object.evaluationDurationSeconds);
            if (object.lastEvaluation != null) {
                if (!$util.isObject(object.lastEvaluation))
                    throw $TypeError(".thanos.Alert.lastEvaluation: object expected");
                message.lastEvaluation = $root.google.protobuf.Timestamp.fromObject(object.lastEvaluation, _depth + 1);
            }
            if (object.keepFiringForSeconds != null)
                if (!$Object.is($Number(object.keepFiringForSeconds), 0))
                    message.keepFiringForSeconds = $Number(object.keepFiringForSeconds);
            return message;
        };

        Alert.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.alerts = [];
            if (options.defaults) {
                object.state = options.enums === $String ? "UNKNOWN" : 0;
                object.name = "";
                object.query = "";
                object.durationSeconds = 0;
                object.labels = null;
                object.annotations = null;
                object.health = "";
                object.lastError = "";
                object.evaluationDurationSeconds = 0;
                object.lastEvaluation = null;
                object.keepFiringForSeconds = 0;
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === $String ? $root.thanos.AlertState[message.state] === $undefined ? message.state : $root.thanos.AlertState[message.state] : message.state;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                object.query = message.query;
            if (message.durationSeconds != null && $Object.hasOwnProperty.call(message, "durationSeconds"))
                object.durationSeconds = options.json && !$isFinite(message.durationSeconds) ? $String(message.durationSeconds) : message.durationSeconds;
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
            if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                object.annotations = $root.thanos.ZLabelSet.toObject(message.annotations, options, _depth + 1);
            if (message.alerts && message.alerts.length) {
                object.alerts = $Array(message.alerts.length);
                for (let j = 0; j < message.alerts.length; ++j)
                    object.alerts[j] = $root.thanos.AlertInstance.toObject(message.alerts[j], options, _depth + 1);
            }
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                object.health = message.health;
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                object.lastError = message.lastError;
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                object.evaluationDurationSeconds = options.json && !$isFinite(message.evaluationDurationSeconds) ? $String(message.evaluationDurationSeconds) : message.evaluationDurationSeconds;
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                object.lastEvaluation = $root.google.protobuf.Timestamp.toObject(message.lastEvaluation, options, _depth + 1);
            if (message.keepFiringForSeconds != null && $Object.hasOwnProperty.call(message, "keepFiringForSeconds"))
                object.keepFiringForSeconds = options.json && !$isFinite(message.keepFiringForSeconds) ? $String(message.keepFiringForSeconds) : message.keepFiringForSeconds;
            return object;
        };

        Alert.prototype.toJSON = function() {
            return Alert.toObject(this, $protobuf.util.toJSONOptions);
        };

        Alert.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Alert";
        };

        return Alert;
    })();

    thanos.RecordingRule = (function() {

        const RecordingRule = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RecordingRule.prototype.name = "";
        RecordingRule.prototype.query = "";
        RecordingRule.prototype.labels = null;
        RecordingRule.prototype.health = "";
        RecordingRule.prototype.lastError = "";
        RecordingRule.prototype.evaluationDurationSeconds = 0;
        RecordingRule.prototype.lastEvaluation = null;

        RecordingRule.create = function(properties) {
            return new RecordingRule(properties);
        };

        RecordingRule.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                writer.uint32(18).string(message.query);
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.health != null && $Object.hasOwnProperty.call(message, "health") && message.health !== "")
                writer.uint32(34).string(message.health);
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                writer.uint32(42).string(message.lastError);
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds") && !$Object.is(message.evaluationDurationSeconds, 0))
                writer.uint32(49).double(message.evaluationDurationSeconds);
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                $root.google.protobuf.Timestamp.encode(message.lastEvaluation, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RecordingRule.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        RecordingRule.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.RecordingRule();
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
                            message.query = value;
                        else
                            delete message.query;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.health = value;
                        else
                            delete message.health;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.lastError = value;
                        else
                            delete message.lastError;
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.evaluationDurationSeconds = value;
                        else
                            delete message.evaluationDurationSeconds;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.lastEvaluation = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastEvaluation);
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

        RecordingRule.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        RecordingRule.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                if (!$util.isString(message.query))
                    return "query: string expected";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                if (error)
                    return "labels." + error;
            }
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                if (!$util.isString(message.health))
                    return "health: string expected";
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                if (!$util.isString(message.lastError))
                    return "lastError: string expected";
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                if (typeof message.evaluationDurationSeconds !== "number")
                    return "evaluationDurationSeconds: number expected";
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation")) {
                let error = $root.google.protobuf.Timestamp.verify(message.lastEvaluation, _depth + 1);
                if (error)
                    return "lastEvaluation." + error;
            }
            return null;
        };

        RecordingRule.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RecordingRule)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RecordingRule: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RecordingRule();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.query != null)
                if (typeof object.query !== "string" || object.query.length)
                    message.query = $String(object.query);
            if (object.labels != null) {
                if (!$util.isObject(object.labels))
                    throw $TypeError(".thanos.RecordingRule.labels: object expected");
                message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
            }
            if (object.health != null)
                if (typeof object.health !== "string" || object.health.length)
                    message.health = $String(object.health);
            if (object.lastError != null)
                if (typeof object.lastError !== "string" || object.lastError.length)
                    message.lastError = $String(object.lastError);
            if (object.evaluationDurationSeconds != null)
                if (!$Object.is($Number(object.evaluationDurationSeconds), 0))
                    message.evaluationDurationSeconds = $Number(object.evaluationDurationSeconds);
            if (object.lastEvaluation != null) {
                if (!$util.isObject(object.lastEvaluation))
                    throw $TypeError(".thanos.RecordingRule.lastEvaluation: object expected");
                message.lastEvaluation = $root.google.protobuf.Timestamp.fromObject(object.lastEvaluation, _depth + 1);
            }
            return message;
        };

        RecordingRule.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.query = "";
                object.labels = null;
                object.health = "";
                object.lastError = "";
                object.evaluationDurationSeconds = 0;
                object.lastEvaluation = null;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                object.query = message.query;
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                object.health = message.health;
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                object.lastError = message.lastError;
            if (message.evaluationDurationSeconds != null && $Object.hasOwnProperty.call(message, "evaluationDurationSeconds"))
                object.evaluationDurationSeconds = options.json && !$isFinite(message.evaluationDurationSeconds) ? $String(message.evaluationDurationSeconds) : message.evaluationDurationSeconds;
            if (message.lastEvaluation != null && $Object.hasOwnProperty.call(message, "lastEvaluation"))
                object.lastEvaluation = $root.google.protobuf.Timestamp.toObject(message.lastEvaluation, options, _depth + 1);
            return object;
        };

        RecordingRule.prototype.toJSON = function() {
            return RecordingRule.toObject(this, $protobuf.util.toJSONOptions);
        };

        RecordingRule.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RecordingRule";
        };

        return RecordingRule;
    })();

    thanos.TSDBStatisticsRequest = (function() {

        const TSDBStatisticsRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TSDBStatisticsRequest.prototype.tenant = "";
        TSDBStatisticsRequest.prototype.limit = 0;
        TSDBStatisticsRequest.prototype.partialResponseStrategy = 0;
        TSDBStatisticsRequest.prototype.matchers = $util.emptyArray;

        TSDBStatisticsRequest.create = function(properties) {
            return new TSDBStatisticsRequest(properties);
        };

        TSDBStatisticsRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                writer.uint32(10).string(message.tenant);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(16).int32(message.limit);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(24).int32(message.partialResponseStrategy);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TSDBStatisticsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TSDBStatisticsRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TSDBStatisticsRequest();
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
                            message.tenant = value;
                        else
                            delete message.tenant;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
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

        TSDBStatisticsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TSDBStatisticsRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                if (!$util.isString(message.tenant))
                    return "tenant: string expected";
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit))
                    return "limit: integer expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                if (!$Array.isArray(message.matchers))
                    return "matchers: array expected";
                for (let i = 0; i < message.matchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.matchers[i], _depth + 1);
                    if (error)
                        return "matchers." + error;
                }
            }
            return null;
        };

        TSDBStatisticsRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TSDBStatisticsRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TSDBStatisticsRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TSDBStatisticsRequest();
            if (object.tenant != null)
                if (typeof object.tenant !== "string" || object.tenant.length)
                    message.tenant = $String(object.tenant);
            if (object.limit != null)
                if ($Number(object.limit) !== 0)
                    message.limit = object.limit | 0;
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.TSDBStatisticsRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.TSDBStatisticsRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            return message;
        };

        TSDBStatisticsRequest.toObject = function (message, options, _depth) {
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
                object.tenant = "";
                object.limit = 0;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                object.tenant = message.tenant;
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                object.limit = message.limit;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            return object;
        };

        TSDBStatisticsRequest.prototype.toJSON = function() {
            return TSDBStatisticsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        TSDBStatisticsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TSDBStatisticsRequest";
        };

        return TSDBStatisticsRequest;
    })();

    thanos.TSDBStatisticsResponse = (function() {

        const TSDBStatisticsResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TSDBStatisticsResponse.prototype.statistics = null;
        TSDBStatisticsResponse.prototype.warning = null;

        let $oneOfFields;

        $Object.defineProperty(TSDBStatisticsResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["statistics", "warning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TSDBStatisticsResponse.create = function(properties) {
            return new TSDBStatisticsResponse(properties);
        };

        TSDBStatisticsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.statistics != null && $Object.hasOwnProperty.call(message, "statistics"))
                $root.thanos.TSDBStatistics.encode(message.statistics, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TSDBStatisticsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TSDBStatisticsResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TSDBStatisticsResponse();
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
                        message.statistics = $root.thanos.TSDBStatistics.decode(reader, reader.size(), $undefined, _depth + 1, message.statistics);
                        message.result = "statistics";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
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

        TSDBStatisticsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TSDBStatisticsResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.statistics != null && $Object.hasOwnProperty.call(message, "statistics")) {
                properties.result = 1;
                {
                    let error = $root.thanos.TSDBStatistics.verify(message.statistics, _depth + 1);
                    if (error)
                        return "statistics." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            return null;
        };

        TSDBStatisticsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TSDBStatisticsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TSDBStatisticsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TSDBStatisticsResponse();
            if (object.statistics != null) {
                if (!$util.isObject(object.statistics))
                    throw $TypeError(".thanos.TSDBStatisticsResponse.statistics: object expected");
                message.statistics = $root.thanos.TSDBStatistics.fromObject(object.statistics, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            return message;
        };

        TSDBStatisticsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.statistics != null && $Object.hasOwnProperty.call(message, "statistics")) {
                object.statistics = $root.thanos.TSDBStatistics.toObject(message.statistics, options, _depth + 1);
                if (options.oneofs)
                    object.result = "statistics";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            return object;
        };

        TSDBStatisticsResponse.prototype.toJSON = function() {
            return TSDBStatisticsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        TSDBStatisticsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TSDBStatisticsResponse";
        };

        return TSDBStatisticsResponse;
    })();

    thanos.TSDBStatistics = (function() {

        const TSDBStatistics = function (properties) {
            this.statistics = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TSDBStatistics.prototype.statistics = $util.emptyObject;

        TSDBStatistics.create = function(properties) {
            return new TSDBStatistics(properties);
        };

        TSDBStatistics.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.statistics != null && $Object.hasOwnProperty.call(message, "statistics"))
                for (let keys = $Object.keys(message.statistics), i = 0; i < keys.length; ++i) {
                    writer.uint32(10).fork().uint32(10).string(keys[i]);
                    $root.thanos.TSDBStatisticsEntry.encode(message.statistics[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TSDBStatistics.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TSDBStatistics.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.TSDBStatistics();
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
                        if (message.statistics === $util.emptyObject)
                            message.statistics = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.thanos.TSDBStatisticsEntry.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.statistics, key);
                        message.statistics[key] = value || new $root.thanos.TSDBStatisticsEntry();
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

        TSDBStatistics.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TSDBStatistics.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.statistics != null && $Object.hasOwnProperty.call(message, "statistics")) {
                if (!$util.isObject(message.statistics))
                    return "statistics: object expected";
                let key = $Object.keys(message.statistics);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.thanos.TSDBStatisticsEntry.verify(message.statistics[key[i]], _depth + 1);
                    if (error)
                        return "statistics." + error;
                }
            }
            return null;
        };

        TSDBStatistics.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TSDBStatistics)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TSDBStatistics: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TSDBStatistics();
            if (object.statistics) {
                if (!$util.isObject(object.statistics))
                    throw $TypeError(".thanos.TSDBStatistics.statistics: object expected");
                message.statistics = {};
                for (let keys = $Object.keys(object.statistics), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.statistics, keys[i]);
                    if (!$util.isObject(object.statistics[keys[i]]))
                        throw $TypeError(".thanos.TSDBStatistics.statistics: object expected");
                    message.statistics[keys[i]] = $root.thanos.TSDBStatisticsEntry.fromObject(object.statistics[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        TSDBStatistics.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.statistics = {};
            let keys2;
            if (message.statistics && (keys2 = $Object.keys(message.statistics)).length) {
                object.statistics = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.statistics, keys2[j]);
                    object.statistics[keys2[j]] = $root.thanos.TSDBStatisticsEntry.toObject(message.statistics[keys2[j]], options, _depth + 1);
                }
            }
            return object;
        };

        TSDBStatistics.prototype.toJSON = function() {
            return TSDBStatistics.toObject(this, $protobuf.util.toJSONOptions);
        };

        TSDBStatistics.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TSDBStatistics";
        };

        return TSDBStatistics;
    })();

    thanos.TSDBStatisticsEntry = (function() {

        const TSDBStatisticsEntry = function (properties) {
            this.seriesCountByMetricName = [];
            this.labelValueCountByLabelName = [];
            this.memoryInBytesByLabelName = [];
            this.seriesCountByLabelValuePair = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TSDBStatisticsEntry.prototype.headStatistics = null;
        TSDBStatisticsEntry.prototype.seriesCountByMetricName = $util.emptyArray;
        TSDBStatisticsEntry.prototype.labelValueCountByLabelName = $util.emptyArray;
        TSDBStatisticsEntry.prototype.memoryInBytesByLabelName = $util.emptyArray;
        TSDBStatisticsEntry.prototype.seriesCountByLabelValuePair = $util.emptyArray;

        TSDBStatisticsEntry.create = function(properties) {
            return new TSDBStatisticsEntry(properties);
        };

        TSDBStatisticsEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.headStatistics != null && $Object.hasOwnProperty.call(message, "headStatistics"))
                $root.thanos.HeadStatistics.encode(message.headStatistics, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.seriesCountByMetricName != null && message.seriesCountByMetricName.length)
                for (let i = 0; i < message.seriesCountByMetricName.length; ++i)
                    $root.thanos.Statistic.encode(message.seriesCountByMetricName[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.labelValueCountByLabelName != null && message.labelValueCountByLabelName.length)
                for (let i = 0; i < message.labelValueCountByLabelName.length; ++i)
                    $root.thanos.Statistic.encode(message.labelValueCountByLabelName[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.memoryInBytesByLabelName != null && message.memoryInBytesByLabelName.length)
                for (let i = 0; i < message.memoryInBytesByLabelName.length; ++i)
                    $root.thanos.Statistic.encode(message.memoryInBytesByLabelName[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.seriesCountByLabelValuePair != null && message.seriesCountByLabelValuePair.length)
                for (let i = 0; i < message.seriesCountByLabelValuePair.length; ++i)
                    $root.thanos.Statistic.encode(message.seriesCountByLabelValuePair[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TSDBStatisticsEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TSDBStatisticsEntry.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TSDBStatisticsEntry();
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
                        message.headStatistics = $root.thanos.HeadStatistics.decode(reader, reader.size(), $undefined, _depth + 1, message.headStatistics);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.seriesCountByMetricName && message.seriesCountByMetricName.length))
                            message.seriesCountByMetricName = [];
                        message.seriesCountByMetricName.push($root.thanos.Statistic.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labelValueCountByLabelName && message.labelValueCountByLabelName.length))
                            message.labelValueCountByLabelName = [];
                        message.labelValueCountByLabelName.push($root.thanos.Statistic.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.memoryInBytesByLabelName && message.memoryInBytesByLabelName.length))
                            message.memoryInBytesByLabelName = [];
                        message.memoryInBytesByLabelName.push($root.thanos.Statistic.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.seriesCountByLabelValuePair && message.seriesCountByLabelValuePair.length))
                            message.seriesCountByLabelValuePair = [];
                        message.seriesCountByLabelValuePair.push($root.thanos.Statistic.decode(reader, reader.size(), $undefined, _depth + 1));
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

        TSDBStatisticsEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TSDBStatisticsEntry.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.headStatistics != null && $Object.hasOwnProperty.call(message, "headStatistics")) {
                let error = $root.thanos.HeadStatistics.verify(message.headStatistics, _depth + 1);
                if (error)
                    return "headStatistics." + error;
            }
            if (message.seriesCountByMetricName != null && $Object.hasOwnProperty.call(message, "seriesCountByMetricName")) {
                if (!$Array.isArray(message.seriesCountByMetricName))
                    return "seriesCountByMetricName: array expected";
                for (let i = 0; i < message.seriesCountByMetricName.length; ++i) {
                    let error = $root.thanos.Statistic.verify(message.seriesCountByMetricName[i], _depth + 1);
                    if (error)
                        return "seriesCountByMetricName." + error;
                }
            }
            if (message.labelValueCountByLabelName != null && $Object.hasOwnProperty.call(message, "labelValueCountByLabelName")) {
                if (!$Array.isArray(message.labelValueCountByLabelName))
                    return "labelValueCountByLabelName: array expected";
                for (let i = 0; i < message.labelValueCountByLabelName.length; ++i) {
                    let error = $root.thanos.Statistic.verify(message.labelValueCountByLabelName[i], _depth + 1);
                    if (error)
                        return "labelValueCountByLabelName." + error;
                }
            }
            if (message.memoryInBytesByLabelName != null && $Object.hasOwnProperty.call(message, "memoryInBytesByLabelName")) {
                if (!$Array.isArray(message.memoryInBytesByLabelName))
                    return "memoryInBytesByLabelName: array expected";
                for (let i = 0; i < message.memoryInBytesByLabelName.length; ++i) {
                    let error = $root.thanos.Statistic.verify(message.memoryInBytesByLabelName[i], _depth + 1);
                    if (error)
                        return "memoryInBytesByLabelName." + error;
                }
            }
            if (message.seriesCountByLabelValuePair != null && $Object.hasOwnProperty.call(message, "seriesCountByLabelValuePair")) {
                if (!$Array.isArray(message.seriesCountByLabelValuePair))
                    return "seriesCountByLabelValuePair: array expected";
                for (let i = 0; i < message.seriesCountByLabelValuePair.length; ++i) {
                    let error = $root.thanos.Statistic.verify(message.seriesCountByLabelValuePair[i], _depth + 1);
                    if (error)
                        return "seriesCountByLabelValuePair." + error;
                }
            }
            return null;
        };

        TSDBStatisticsEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TSDBStatisticsEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TSDBStatisticsEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TSDBStatisticsEntry();
            if (object.headStatistics != null) {
                if (!$util.isObject(object.headStatistics))
                    throw $TypeError(".thanos.TSDBStatisticsEntry.headStatistics: object expected");
                message.headStatistics = $root.thanos.HeadStatistics.fromObject(object.headStatistics, _depth + 1);
            }
            if (object.seriesCountByMetricName) {
                if (!$Array.isArray(object.seriesCountByMetricName))
                    throw $TypeError(".thanos.TSDBStatisticsEntry.seriesCountByMetricName: array expected");
                message.seriesCountByMetricName = $Array(object.seriesCountByMetricName.length);
                for (let i = 0; i < object.seriesCountByMetricName.length; ++i) {
                    if (!$util.isObject(object.seriesCountByMetricName[i]))
                        throw $TypeError(".thanos.TSDBStatisticsEntry.seriesCountByMetricName: object expected");
                    message.seriesCountByMetricName[i] = $root.thanos.Statistic.fromObject(object.seriesCountByMetricName[i], _depth + 1);
                }
            }
            if (object.labelValueCountByLabelName) {
                if (!$Array.isArray(object.labelValueCountByLabelName))
                    throw $TypeError(".thanos.TSDBStatisticsEntry.labelValueCountByLabelName: array expected");
                message.labelValueCountByLabelName = $Array(object.labelValueCountByLabelName.length);
                for (let i = 0; i < object.labelValueCountByLabelName.length; ++i) {
                    if (!$util.isObject(object.labelValueCountByLabelName[i]))
                        throw $TypeError(".thanos.TSDBStatisticsEntry.labelValueCountByLabelName: object expected");
                    message.labelValueCountByLabelName[i] = $root.thanos.Statistic.fromObject(object.labelValueCountByLabelName[i], _depth + 1);
                }
            }
            if (object.memoryInBytesByLabelName) {
                if (!$Array.isArray(object.memoryInBytesByLabelName))
                    throw $TypeError(".thanos.TSDBStatisticsEntry.memoryInBytesByLabelName: array expected");
                message.memoryInBytesByLabelName = $Array(object.memoryInBytesByLabelName.length);
                for (let i = 0; i < object.memoryInBytesByLabelName.length; ++i) {
                    if (!$util.isObject(object.memoryInBytesByLabelName[i]))
                        throw $TypeError(".thanos.TSDBStatisticsEntry.memoryInBytesByLabelName: object expected");
                    message.memoryInBytesByLabelName[i] = $root.thanos.Statistic.fromObject(object.memoryInBytesByLabelName[i], _depth + 1);
                }
            }
            if (object.seriesCountByLabelValuePair) {
                if (!$Array.isArray(object.seriesCountByLabelValuePair))
                    throw $TypeError(".thanos.TSDBStatisticsEntry.seriesCountByLabelValuePair: array expected");
                message.seriesCountByLabelValuePair = $Array(object.seriesCountByLabelValuePair.length);
                for (let i = 0; i < object.seriesCountByLabelValuePair.length; ++i) {
                    if (!$util.isObject(object.seriesCountByLabelValuePair[i]))
                        throw $TypeError(".thanos.TSDBStatisticsEntry.seriesCountByLabelValuePair: object expected");
                    message.seriesCountByLabelValuePair[i] = $root.thanos.Statistic.fromObject(object.seriesCountByLabelValuePair[i], _depth + 1);
                }
            }
            return message;
        };

        TSDBStatisticsEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.seriesCountByMetricName = [];
                object.labelValueCountByLabelName = [];
                object.memoryInBytesByLabelName = [];
                object.seriesCountByLabelValuePair = [];
            }
            if (options.defaults)
                object.headStatistics = null;
            if (message.headStatistics != null && $Object.hasOwnProperty.call(message, "headStatistics"))
                object.headStatistics = $root.thanos.HeadStatistics.toObject(message.headStatistics, options, _depth + 1);
            if (message.seriesCountByMetricName && message.seriesCountByMetricName.length) {
                object.seriesCountByMetricName = $Array(message.seriesCountByMetricName.length);
                for (let j = 0; j < message.seriesCountByMetricName.length; ++j)
                    object.seriesCountByMetricName[j] = $root.thanos.Statistic.toObject(message.seriesCountByMetricName[j], options, _depth + 1);
            }
            if (message.labelValueCountByLabelName && message.labelValueCountByLabelName.length) {
                object.labelValueCountByLabelName = $Array(message.labelValueCountByLabelName.length);
                for (let j = 0; j < message.labelValueCountByLabelName.length; ++j)
                    object.labelValueCountByLabelName[j] = $root.thanos.Statistic.toObject(message.labelValueCountByLabelName[j], options, _depth + 1);
            }
            if (message.memoryInBytesByLabelName && message.memoryInBytesByLabelName.length) {
                object.memoryInBytesByLabelName = $Array(message.memoryInBytesByLabelName.length);
                for (let j = 0; j < message.memoryInBytesByLabelName.length; ++j)
                    object.memoryInBytesByLabelName[j] = $root.thanos.Statistic.toObject(message.memoryInBytesByLabelName[j], options, _depth + 1);
            }
            if (message.seriesCountByLabelValuePair && message.seriesCountByLabelValuePair.length) {
                object.seriesCountByLabelValuePair = $Array(message.seriesCountByLabelValuePair.length);
                for (let j = 0; j < message.seriesCountByLabelValuePair.length; ++j)
                    object.seriesCountByLabelValuePair[j] = $root.thanos.Statistic.toObject(message.seriesCountByLabelValuePair[j], options, _depth + 1);
            }
            return object;
        };

        TSDBStatisticsEntry.prototype.toJSON = function() {
            return TSDBStatisticsEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        TSDBStatisticsEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TSDBStatisticsEntry";
        };

        return TSDBStatisticsEntry;
    })();

    thanos.HeadStatistics = (function() {

        const HeadStatistics = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        HeadStatistics.prototype.numSeries = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        HeadStatistics.prototype.numLabelPairs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        HeadStatistics.prototype.chunkCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        HeadStatistics.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        HeadStatistics.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        HeadStatistics.create = function(properties) {
            return new HeadStatistics(properties);
        };

        HeadStatistics.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.numSeries != null && $Object.hasOwnProperty.call(message, "numSeries") && (typeof message.numSeries === "object" ? message.numSeries.low || message.numSeries.high : message.numSeries !== 0))
                writer.uint32(8).uint64(message.numSeries);
            if (message.numLabelPairs != null && $Object.hasOwnProperty.call(message, "numLabelPairs") && (typeof message.numLabelPairs === "object" ? message.numLabelPairs.low || message.numLabelPairs.high : message.numLabelPairs !== 0))
                writer.uint32(16).int64(message.numLabelPairs);
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && (typeof message.chunkCount === "object" ? message.chunkCount.low || message.chunkCount.high : message.chunkCount !== 0))
                writer.uint32(24).int64(message.chunkCount);
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(32).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(40).int64(message.maxTime);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        HeadStatistics.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        HeadStatistics.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.HeadStatistics();
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
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.numSeries = value;
                        else
                            delete message.numSeries;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.numLabelPairs = value;
                        else
                            delete message.numLabelPairs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunkCount = value;
                        else
                            delete message.chunkCount;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
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

        HeadStatistics.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        HeadStatistics.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.numSeries != null && $Object.hasOwnProperty.call(message, "numSeries"))
                if (!$util.isInteger(message.numSeries) && !(message.numSeries && $util.isInteger(message.numSeries.low) && $util.isInteger(message.numSeries.high)))
                    return "numSeries: integer|Long expected";
            if (message.numLabelPairs != null && $Object.hasOwnProperty.call(message, "numLabelPairs"))
                if (!$util.isInteger(message.numLabelPairs) && !(message.numLabelPairs && $util.isInteger(message.numLabelPairs.low) && $util.isInteger(message.numLabelPairs.high)))
                    return "numLabelPairs: integer|Long expected";
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (!$util.isInteger(message.chunkCount) && !(message.chunkCount && $util.isInteger(message.chunkCount.low) && $util.isInteger(message.chunkCount.high)))
                    return "chunkCount: integer|Long expected";
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                    return "minTime: integer|Long expected";
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                    return "maxTime: integer|Long expected";
            return null;
        };

        HeadStatistics.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.HeadStatistics)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.HeadStatistics: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.HeadStatistics();
            if (object.numSeries != null)
                if (typeof object.numSeries === "object" ? object.numSeries.low || object.numSeries.high : $Number(object.numSeries) !== 0)
                    if ($util.Long)
                        message.numSeries = $util.Long.fromValue(object.numSeries, true);
                    else if (typeof object.numSeries === "string")
                        message.numSeries = $parseInt(object.numSeries, 10);
                    else if (typeof object.numSeries === "number")
                        message.numSeries = object.numSeries;
                    else if (typeof object.numSeries === "object")
                        message.numSeries = new $util.LongBits(object.numSeries.low >>> 0, object.numSeries.high >>> 0).toNumber(true);
            if (object.numLabelPairs != null)
                if (typeof object.numLabelPairs === "object" ? object.numLabelPairs.low || object.numLabelPairs.high : $Number(object.numLabelPairs) !== 0)
                    if ($util.Long)
                        message.numLabelPairs = $util.Long.fromValue(object.numLabelPairs, false);
                    else if (typeof object.numLabelPairs === "string")
                        message.numLabelPairs = $parseInt(object.numLabelPairs, 10);
                    else if (typeof object.numLabelPairs === "number")
                        message.numLabelPairs = object.numLabelPairs;
                    else if (typeof object.numLabelPairs === "object")
                        message.numLabelPairs = new $util.LongBits(object.numLabelPairs.low >>> 0, object.numLabelPairs.high >>> 0).toNumber();
            if (object.chunkCount != null)
                if (typeof object.chunkCount === "object" ? object.chunkCount.low || object.chunkCount.high : $Number(object.chunkCount) !== 0)
                    if ($util.Long)
                        message.chunkCount = $util.Long.fromValue(object.chunkCount, false);
                    else if (typeof object.chunkCount === "string")
                        message.chunkCount = $parseInt(object.chunkCount, 10);
                    else if (typeof object.chunkCount === "number")
                        message.chunkCount = object.chunkCount;
                    else if (typeof object.chunkCount === "object")
                        message.chunkCount = new $util.LongBits(object.chunkCount.low >>> 0, object.chunkCount.high >>> 0).toNumber();
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            return message;
        };

        HeadStatistics.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.numSeries = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.numSeries = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.numLabelPairs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.numLabelPairs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunkCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunkCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.numSeries != null && $Object.hasOwnProperty.call(message, "numSeries"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.numSeries = typeof message.numSeries === "number" ? $BigInt(message.numSeries) : $util.Long.fromBits(message.numSeries.low >>> 0, message.numSeries.high >>> 0, true).toBigInt();
                else if (typeof message.numSeries === "number")
                    object.numSeries = options.longs === $String ? $String(message.numSeries) : message.numSeries;
                else
                    object.numSeries = options.longs === $String ? $util.Long.prototype.toString.call(message.numSeries) : options.longs === $Number ? new $util.LongBits(message.numSeries.low >>> 0, message.numSeries.high >>> 0).toNumber(true) : message.numSeries;
            if (message.numLabelPairs != null && $Object.hasOwnProperty.call(message, "numLabelPairs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.numLabelPairs = typeof message.numLabelPairs === "number" ? $BigInt(message.numLabelPairs) : $util.Long.fromBits(message.numLabelPairs.low >>> 0, message.numLabelPairs.high >>> 0, false).toBigInt();
                else if (typeof message.numLabelPairs === "number")
                    object.numLabelPairs = options.longs === $String ? $String(message.numLabelPairs) : message.numLabelPairs;
                else
                    object.numLabelPairs = options.longs === $String ? $util.Long.prototype.toString.call(message.numLabelPairs) : options.longs === $Number ? new $util.LongBits(message.numLabelPairs.low >>> 0, message.numLabelPairs.high >>> 0).toNumber() : message.numLabelPairs;
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunkCount = typeof message.chunkCount === "number" ? $BigInt(message.chunkCount) : $util.Long.fromBits(message.chunkCount.low >>> 0, message.chunkCount.high >>> 0, false).toBigInt();
                else if (typeof message.chunkCount === "number")
                    object.chunkCount = options.longs === $String ? $String(message.chunkCount) : message.chunkCount;
                else
                    object.chunkCount = options.longs === $String ? $util.Long.prototype.toString.call(message.chunkCount) : options.longs === $Number ? new $util.LongBits(message.chunkCount.low >>> 0, message.chunkCount.high >>> 0).toNumber() : message.chunkCount;
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            return object;
        };

        HeadStatistics.prototype.toJSON = function() {
            return HeadStatistics.toObject(this, $protobuf.util.toJSONOptions);
        };

        HeadStatistics.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.HeadStatistics";
        };

        return HeadStatistics;
    })();

    thanos.Statistic = (function() {

        const Statistic = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Statistic.prototype.name = "";
        Statistic.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        Statistic.create = function(properties) {
            return new Statistic(properties);
        };

        Statistic.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                writer.uint32(16).uint64(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Statistic.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Statistic.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Statistic();
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
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

        Statistic.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Statistic.verify = function (message, _depth) {
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
                if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                    return "value: integer|Long expected";
            return null;
        };

        Statistic.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Statistic)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Statistic: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Statistic();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                    if ($util.Long)
                        message.value = $util.Long.fromValue(object.value, true);
                    else if (typeof object.value === "string")
                        message.value = $parseInt(object.value, 10);
                    else if (typeof object.value === "number")
                        message.value = object.value;
                    else if (typeof object.value === "object")
                        message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
            return message;
        };

        Statistic.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                else if (typeof message.value === "number")
                    object.value = options.longs === $String ? $String(message.value) : message.value;
                else
                    object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
            return object;
        };

        Statistic.prototype.toJSON = function() {
            return Statistic.toObject(this, $protobuf.util.toJSONOptions);
        };

        Statistic.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Statistic";
        };

        return Statistic;
    })();

    thanos.Aggr = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RAW"] = 0;
        values[valuesById[1] = "COUNT"] = 1;
        values[valuesById[2] = "SUM"] = 2;
        values[valuesById[3] = "MIN"] = 3;
        values[valuesById[4] = "MAX"] = 4;
        values[valuesById[5] = "COUNTER"] = 5;
        return values;
    })();

    thanos.SeriesRequest = (function() {

        const SeriesRequest = function (properties) {
            this.matchers = [];
            this.aggregates = [];
            this.withoutReplicaLabels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesRequest.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.matchers = $util.emptyArray;
        SeriesRequest.prototype.maxResolutionWindow = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.aggregates = $util.emptyArray;
        SeriesRequest.prototype.partialResponseDisabled = false;
        SeriesRequest.prototype.partialResponseStrategy = 0;
        SeriesRequest.prototype.skipChunks = false;
        SeriesRequest.prototype.hints = null;
        SeriesRequest.prototype.step = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.range = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.queryHints = null;
        SeriesRequest.prototype.shardInfo = null;
        SeriesRequest.prototype.withoutReplicaLabels = $util.emptyArray;
        SeriesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.responseBatchSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        SeriesRequest.create = function(properties) {
            return new SeriesRequest(properties);
        };

        SeriesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(8).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(16).int64(message.maxTime);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.maxResolutionWindow != null && $Object.hasOwnProperty.call(message, "maxResolutionWindow") && (typeof message.maxResolutionWindow === "object" ? message.maxResolutionWindow.low || message.maxResolutionWindow.high : message.maxResolutionWindow !== 0))
                writer.uint32(32).int64(message.maxResolutionWindow);
            if (message.aggregates != null && message.aggregates.length)
                writer.uint32(42).int32s(message.aggregates);
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled") && message.partialResponseDisabled !== false)
                writer.uint32(48).bool(message.partialResponseDisabled);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(56).int32(message.partialResponseStrategy);
            if (message.skipChunks != null && $Object.hasOwnProperty.call(message, "skipChunks") && message.skipChunks !== false)
                writer.uint32(64).bool(message.skipChunks);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                writer.uint32(80).int64(message.step);
            if (message.range != null && $Object.hasOwnProperty.call(message, "range") && (typeof message.range === "object" ? message.range.low || message.range.high : message.range !== 0))
                writer.uint32(88).int64(message.range);
            if (message.queryHints != null && $Object.hasOwnProperty.call(message, "queryHints"))
                $root.thanos.QueryHints.encode(message.queryHints, writer.uint32(98).fork(), _depth + 1).ldelim();
            if (message.shardInfo != null && $Object.hasOwnProperty.call(message, "shardInfo"))
                $root.thanos.ShardInfo.encode(message.shardInfo, writer.uint32(106).fork(), _depth + 1).ldelim();
            if (message.withoutReplicaLabels != null && message.withoutReplicaLabels.length)
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    writer.uint32(114).string(message.withoutReplicaLabels[i]);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(120).int64(message.limit);
            if (message.responseBatchSize != null && $Object.hasOwnProperty.call(message, "responseBatchSize") && (typeof message.responseBatchSize === "object" ? message.responseBatchSize.low || message.responseBatchSize.high : message.responseBatchSize !== 0))
                writer.uint32(128).int64(message.responseBatchSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SeriesRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.SeriesRequest();
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
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxResolutionWindow = value;
                        else
                            delete message.maxResolutionWindow;
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.aggregates && message.aggregates.length))
                                message.aggregates = [];
                            reader.int32s(message.aggregates);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.aggregates && message.aggregates.length))
                            message.aggregates = [];
                        message.aggregates.push(reader.int32());
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.partialResponseDisabled = value;
                        else
                            delete message.partialResponseDisabled;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.skipChunks = value;
                        else
                            delete message.skipChunks;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.range = value;
                        else
                            delete message.range;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.queryHints = $root.thanos.QueryHints.decode(reader, reader.size(), $undefined, _depth + 1, message.queryHints);
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.shardInfo = $root.thanos.ShardInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.shardInfo);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.withoutReplicaLabels && message.withoutReplicaLabels.length))
                            message.withoutReplicaLabels = [];
                        message.withoutReplicaLabels.push(reader.stringVerify());
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.responseBatchSize = value;
                        else
                            delete message.responseBatchSize;
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

        SeriesRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SeriesRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                    return "minTime: integer|Long expected";
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                    return "maxTime: integer|Long expected";
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                if (!$Array.isArray(message.matchers))
                    return "matchers: array expected";
                for (let i = 0; i < message.matchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.matchers[i], _depth + 1);
                    if (error)
                        return "matchers." + error;
                }
            }
            if (message.maxResolutionWindow != null && $Object.hasOwnProperty.call(message, "maxResolutionWindow"))
                if (!$util.isInteger(message.maxResolutionWindow) && !(message.maxResolutionWindow && $util.isInteger(message.maxResolutionWindow.low) && $util.isInteger(message.maxResolutionWindow.high)))
                    return "maxResolutionWindow: integer|Long expected";
            if (message.aggregates != null && $Object.hasOwnProperty.call(message, "aggregates")) {
                if (!$Array.isArray(message.aggregates))
                    return "aggregates: array expected";
                for (let i = 0; i < message.aggregates.length; ++i)
                    if (typeof message.aggregates[i] !== "number" || (message.aggregates[i] | 0) !== message.aggregates[i])
                        return "aggregates: enum value[] expected";
            }
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                if (typeof message.partialResponseDisabled !== "boolean")
                    return "partialResponseDisabled: boolean expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            if (message.skipChunks != null && $Object.hasOwnProperty.call(message, "skipChunks"))
                if (typeof message.skipChunks !== "boolean")
                    return "skipChunks: boolean expected";
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step) && !(message.step && $util.isInteger(message.step.low) && $util.isInteger(message.step.high)))
                    return "step: integer|Long expected";
            if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                if (!$util.isInteger(message.range) && !(message.range && $util.isInteger(message.range.low) && $util.isInteger(message.range.high)))
                    return "range: integer|Long expected";
            if (message.queryHints != null && $Object.hasOwnProperty.call(message, "queryHints")) {
                let error = $root.thanos.QueryHints.verify(message.queryHints, _depth + 1);
                if (error)
                    return "queryHints." + error;
            }
            if (message.shardInfo != null && $Object.hasOwnProperty.call(message, "shardInfo")) {
                let error = $root.thanos.ShardInfo.verify(message.shardInfo, _depth + 1);
                if (error)
                    return "shardInfo." + error;
            }
            if (message.withoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "withoutReplicaLabels")) {
                if (!$Array.isArray(message.withoutReplicaLabels))
                    return "withoutReplicaLabels: array expected";
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    if (!$util.isString(message.withoutReplicaLabels[i]))
                        return "withoutReplicaLabels: string[] expected";
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                    return "limit: integer|Long expected";
            if (message.responseBatchSize != null && $Object.hasOwnProperty.call(message, "responseBatchSize"))
                if (!$util.isInteger(message.responseBatchSize) && !(message.responseBatchSize && $util.isInteger(message.responseBatchSize.low) && $util.isInteger(message.responseBatchSize.high)))
                    return "responseBatchSize: integer|Long expected";
            return null;
        };

        SeriesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesRequest();
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.SeriesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.SeriesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.maxResolutionWindow != null)
                if (typeof object.maxResolutionWindow === "object" ? object.maxResolutionWindow.low || object.maxResolutionWindow.high : $Number(object.maxResolutionWindow) !== 0)
                    if ($util.Long)
                        message.maxResolutionWindow = $util.Long.fromValue(object.maxResolutionWindow, false);
                    else if (typeof object.maxResolutionWindow === "string")
                        message.maxResolutionWindow = $parseInt(object.maxResolutionWindow, 10);
                    else if (typeof object.maxResolutionWindow === "number")
                        message.maxResolutionWindow = object.maxResolutionWindow;
                    else if (typeof object.maxResolutionWindow === "object")
                        message.maxResolutionWindow = new $util.LongBits(object.maxResolutionWindow.low >>> 0, object.maxResolutionWindow.high >>> 0).toNumber();
            if (object.aggregates) {
                if (!$Array.isArray(object.aggregates))
                    throw $TypeError(".thanos.SeriesRequest.aggregates: array expected");
                message.aggregates = [];
                for (let i = 0; i < object.aggregates.length; ++i)
                    switch (object.aggregates[i]) {
                    case "RAW":
                    case 0:
                        message.aggregates[message.aggregates.length] = 0;
                        break;
                    case "COUNT":
                    case 1:
                        message.aggregates[message.aggregates.length] = 1;
                        break;
                    case "SUM":
                    case 2:
                        message.aggregates[message.aggregates.length] = 2;
                        break;
                    case "MIN":
                    case 3:
                        message.aggregates[message.aggregates.length] = 3;
                        break;
                    case "MAX":
                    case 4:
                        message.aggregates[message.aggregates.length] = 4;
                        break;
                    case "COUNTER":
                    case 5:
                        message.aggregates[message.aggregates.length] = 5;
                        break;
                    default:
                        if (typeof object.aggregates[i] === "number" && (object.aggregates[i] | 0) === object.aggregates[i])
                            message.aggregates[message.aggregates.length] = object.aggregates[i];
                    }
            }
            if (object.partialResponseDisabled != null)
                if (object.partialResponseDisabled)
                    message.partialResponseDisabled = $Boolean(object.partialResponseDisabled);
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            if (object.skipChunks != null)
                if (object.skipChunks)
                    message.skipChunks = $Boolean(object.skipChunks);
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.SeriesRequest.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            if (object.step != null)
                if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                    if ($util.Long)
                        message.step = $util.Long.fromValue(object.step, false);
                    else if (typeof object.step === "string")
                        message.step = $parseInt(object.step, 10);
                    else if (typeof object.step === "number")
                        message.step = object.step;
                    else if (typeof object.step === "object")
                        message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber();
            if (object.range != null)
                if (typeof object.range === "object" ? object.range.low || object.range.high : $Number(object.range) !== 0)
                    if ($util.Long)
                        message.range = $util.Long.fromValue(object.range, false);
                    else if (typeof object.range === "string")
                        message.range = $parseInt(object.range, 10);
                    else if (typeof object.range === "number")
                        message.range = object.range;
                    else if (typeof object.range === "object")
                        message.range = new $util.LongBits(object.range.low >>> 0, object.range.high >>> 0).toNumber();
            if (object.queryHints != null) {
                if (!$util.isObject(object.queryHints))
                    throw $TypeError(".thanos.SeriesRequest.queryHints: object expected");
                message.queryHints = $root.thanos.QueryHints.fromObject(object.queryHints, _depth + 1);
            }
            if (object.shardInfo != null) {
                if (!$util.isObject(object.shardInfo))
                    throw $TypeError(".thanos.SeriesRequest.shardInfo: object expected");
                message.shardInfo = $root.thanos.ShardInfo.fromObject(object.shardInfo, _depth + 1);
            }
            if (object.withoutReplicaLabels) {
                if (!$Array.isArray(object.withoutReplicaLabels))
                    throw $TypeError(".thanos.SeriesRequest.withoutReplicaLabels: array expected");
                message.withoutReplicaLabels = $Array(object.withoutReplicaLabels.length);
                for (let i = 0; i < object.withoutReplicaLabels.length; ++i)
                    message.withoutReplicaLabels[i] = $String(object.withoutReplicaLabels[i]);
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            if (object.responseBatchSize != null)
                if (typeof object.responseBatchSize === "object" ? object.responseBatchSize.low || object.responseBatchSize.high : $Number(object.responseBatchSize) !== 0)
                    if ($util.Long)
                        message.responseBatchSize = $util.Long.fromValue(object.responseBatchSize, false);
                    else if (typeof object.responseBatchSize === "string")
                        message.responseBatchSize = $parseInt(object.responseBatchSize, 10);
                    else if (typeof object.responseBatchSize === "number")
                        message.responseBatchSize = object.responseBatchSize;
                    else if (typeof object.responseBatchSize === "object")
                        message.responseBatchSize = new $util.LongBits(object.responseBatchSize.low >>> 0, object.responseBatchSize.high >>> 0).toNumber();
            return message;
        };

        SeriesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.matchers = [];
                object.aggregates = [];
                object.withoutReplicaLabels = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxResolutionWindow = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxResolutionWindow = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.partialResponseDisabled = false;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
                object.skipChunks = false;
                object.hints = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.range = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.range = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.queryHints = null;
                object.shardInfo = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.responseBatchSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.responseBatchSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.maxResolutionWindow != null && $Object.hasOwnProperty.call(message, "maxResolutionWindow"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxResolutionWindow = typeof message.maxResolutionWindow === "number" ? $BigInt(message.maxResolutionWindow) : $util.Long.fromBits(message.maxResolutionWindow.low >>> 0, message.maxResolutionWindow.high >>> 0, false).toBigInt();
                else if (typeof message.maxResolutionWindow === "number")
                    object.maxResolutionWindow = options.longs === $String ? $String(message.maxResolutionWindow) : message.maxResolutionWindow;
                else
                    object.maxResolutionWindow = options.longs === $String ? $util.Long.prototype.toString.call(message.maxResolutionWindow) : options.longs === $Number ? new $util.LongBits(message.maxResolutionWindow.low >>> 0, message.maxResolutionWindow.high >>> 0).toNumber() : message.maxResolutionWindow;
            if (message.aggregates && message.aggregates.length) {
                object.aggregates = $Array(message.aggregates.length);
                for (let j = 0; j < message.aggregates.length; ++j)
                    object.aggregates[j] = options.enums === $String ? $root.thanos.Aggr[message.aggregates[j]] === $undefined ? message.aggregates[j] : $root.thanos.Aggr[message.aggregates[j]] : message.aggregates[j];
            }
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                object.partialResponseDisabled = message.partialResponseDisabled;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            if (message.skipChunks != null && $Object.hasOwnProperty.call(message, "skipChunks"))
                object.skipChunks = message.skipChunks;
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, false).toBigInt();
                else if (typeof message.step === "number")
                    object.step = options.longs === $String ? $String(message.step) : message.step;
                else
                    object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber() : message.step;
            if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.range = typeof message.range === "number" ? $BigInt(message.range) : $util.Long.fromBits(message.range.low >>> 0, message.range.high >>> 0, false).toBigInt();
                else if (typeof message.range === "number")
                    object.range = options.longs === $String ? $String(message.range) : message.range;
                else
                    object.range = options.longs === $String ? $util.Long.prototype.toString.call(message.range) : options.longs === $Number ? new $util.LongBits(message.range.low >>> 0, message.range.high >>> 0).toNumber() : message.range;
            if (message.queryHints != null && $Object.hasOwnProperty.call(message, "queryHints"))
                object.queryHints = $root.thanos.QueryHints.toObject(message.queryHints, options, _depth + 1);
            if (message.shardInfo != null && $Object.hasOwnProperty.call(message, "shardInfo"))
                object.shardInfo = $root.thanos.ShardInfo.toObject(message.shardInfo, options, _depth + 1);
            if (message.withoutReplicaLabels && message.withoutReplicaLabels.length) {
                object.withoutReplicaLabels = $Array(message.withoutReplicaLabels.length);
                for (let j = 0; j < message.withoutReplicaLabels.length; ++j)
                    object.withoutReplicaLabels[j] = message.withoutReplicaLabels[j];
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            if (message.responseBatchSize != null && $Object.hasOwnProperty.call(message, "responseBatchSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.responseBatchSize = typeof message.responseBatchSize === "number" ? $BigInt(message.responseBatchSize) : $util.Long.fromBits(message.responseBatchSize.low >>> 0, message.responseBatchSize.high >>> 0, false).toBigInt();
                else if (typeof message.responseBatchSize === "number")
                    object.responseBatchSize = options.longs === $String ? $String(message.responseBatchSize) : message.responseBatchSize;
                else
                    object.responseBatchSize = options.longs === $String ? $util.Long.prototype.toString.call(message.responseBatchSize) : options.longs === $Number ? new $util.LongBits(message.responseBatchSize.low >>> 0, message.responseBatchSize.high >>> 0).toNumber() : message.responseBatchSize;
            return object;
        };

        SeriesRequest.prototype.toJSON = function() {
            return SeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesRequest";
        };

        return SeriesRequest;
    })();

    thanos.QueryHints = (function() {

        const QueryHints = function (properties) {
            this.projectionLabels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryHints.prototype.stepMillis = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryHints.prototype.func = null;
        QueryHints.prototype.grouping = null;
        QueryHints.prototype.range = null;
        QueryHints.prototype.projectionLabels = $util.emptyArray;
        QueryHints.prototype.projectionInclude = false;
        QueryHints.prototype.seriesHashLabelName = "";

        QueryHints.create = function(properties) {
            return new QueryHints(properties);
        };

        QueryHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.stepMillis != null && $Object.hasOwnProperty.call(message, "stepMillis") && (typeof message.stepMillis === "object" ? message.stepMillis.low || message.stepMillis.high : message.stepMillis !== 0))
                writer.uint32(8).int64(message.stepMillis);
            if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                $root.thanos.Func.encode(message.func, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.grouping != null && $Object.hasOwnProperty.call(message, "grouping"))
                $root.thanos.Grouping.encode(message.grouping, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                $root.thanos.Range.encode(message.range, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.projectionLabels != null && message.projectionLabels.length)
                for (let i = 0; i < message.projectionLabels.length; ++i)
                    writer.uint32(50).string(message.projectionLabels[i]);
            if (message.projectionInclude != null && $Object.hasOwnProperty.call(message, "projectionInclude") && message.projectionInclude !== false)
                writer.uint32(56).bool(message.projectionInclude);
            if (message.seriesHashLabelName != null && $Object.hasOwnProperty.call(message, "seriesHashLabelName") && message.seriesHashLabelName !== "")
                writer.uint32(66).string(message.seriesHashLabelName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        QueryHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.QueryHints();
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
                            message.stepMillis = value;
                        else
                            delete message.stepMillis;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.func = $root.thanos.Func.decode(reader, reader.size(), $undefined, _depth + 1, message.func);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.grouping = $root.thanos.Grouping.decode(reader, reader.size(), $undefined, _depth + 1, message.grouping);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.range = $root.thanos.Range.decode(reader, reader.size(), $undefined, _depth + 1, message.range);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.projectionLabels && message.projectionLabels.length))
                            message.projectionLabels = [];
                        message.projectionLabels.push(reader.stringVerify());
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.projectionInclude = value;
                        else
                            delete message.projectionInclude;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.seriesHashLabelName = value;
                        else
                            delete message.seriesHashLabelName;
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

        QueryHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        QueryHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.stepMillis != null && $Object.hasOwnProperty.call(message, "stepMillis"))
                if (!$util.isInteger(message.stepMillis) && !(message.stepMillis && $util.isInteger(message.stepMillis.low) && $util.isInteger(message.stepMillis.high)))
                    return "stepMillis: integer|Long expected";
            if (message.func != null && $Object.hasOwnProperty.call(message, "func")) {
                let error = $root.thanos.Func.verify(message.func, _depth + 1);
                if (error)
                    return "func." + error;
            }
            if (message.grouping != null && $Object.hasOwnProperty.call(message, "grouping")) {
                let error = $root.thanos.Grouping.verify(message.grouping, _depth + 1);
                if (error)
                    return "grouping." + error;
            }
            if (message.range != null && $Object.hasOwnProperty.call(message, "range")) {
                let error = $root.thanos.Range.verify(message.range, _depth + 1);
                if (error)
                    return "range." + error;
            }
            if (message.projectionLabels != null && $Object.hasOwnProperty.call(message, "projectionLabels")) {
                if (!$Array.isArray(message.projectionLabels))
                    return "projectionLabels: array expected";
                for (let i = 0; i < message.projectionLabels.length; ++i)
                    if (!$util.isString(message.projectionLabels[i]))
                        return "projectionLabels: string[] expected";
            }
            if (message.projectionInclude != null && $Object.hasOwnProperty.call(message, "projectionInclude"))
                if (typeof message.projectionInclude !== "boolean")
                    return "projectionInclude: boolean expected";
            if (message.seriesHashLabelName != null && $Object.hasOwnProperty.call(message, "seriesHashLabelName"))
                if (!$util.isString(message.seriesHashLabelName))
                    return "seriesHashLabelName: string expected";
            return null;
        };

        QueryHints.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.QueryHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.QueryHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.QueryHints();
            if (object.stepMillis != null)
                if (typeof object.stepMillis === "object" ? object.stepMillis.low || object.stepMillis.high : $Number(object.stepMillis) !== 0)
                    if ($util.Long)
                        message.stepMillis = $util.Long.fromValue(object.stepMillis, false);
                    else if (typeof object.stepMillis === "string")
                        message.stepMillis = $parseInt(object.stepMillis, 10);
                    else if (typeof object.stepMillis === "number")
                        message.stepMillis = object.stepMillis;
                    else if (typeof object.stepMillis === "object")
                        message.stepMillis = new $util.LongBits(object.stepMillis.low >>> 0, object.stepMillis.high >>> 0).toNumber();
            if (object.func != null) {
                if (!$util.isObject(object.func))
                    throw $TypeError(".thanos.QueryHints.func: object expected");
                message.func = $root.thanos.Func.fromObject(object.func, _depth + 1);
            }
            if (object.grouping != null) {
                if (!$util.isObject(object.grouping))
                    throw $TypeError(".thanos.QueryHints.grouping: object expected");
                message.grouping = $root.thanos.Grouping.fromObject(object.grouping, _depth + 1);
            }
            if (object.range != null) {
                if (!$util.isObject(object.range))
                    throw $TypeError(".thanos.QueryHints.range: object expected");
                message.range = $root.thanos.Range.fromObject(object.range, _depth + 1);
            }
            if (object.projectionLabels) {
                if (!$Array.isArray(object.projectionLabels))
                    throw $TypeError(".thanos.QueryHints.projectionLabels: array expected");
                message.projectionLabels = $Array(object.projectionLabels.length);
                for (let i = 0; i < object.projectionLabels.length; ++i)
                    message.projectionLabels[i] = $String(object.projectionLabels[i]);
            }
            if (object.projectionInclude != null)
                if (object.projectionInclude)
                    message.projectionInclude = $Boolean(object.projectionInclude);
            if (object.seriesHashLabelName != null)
                if (typeof object.seriesHashLabelName !== "string" || object.seriesHashLabelName.length)
                    message.seriesHashLabelName = $String(object.seriesHashLabelName);
            return message;
        };

        QueryHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.projectionLabels = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.stepMillis = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.stepMillis = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.func = null;
                object.grouping = null;
                object.range = null;
                object.projectionInclude = false;
                object.seriesHashLabelName = "";
            }
            if (message.stepMillis != null && $Object.hasOwnProperty.call(message, "stepMillis"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.stepMillis = typeof message.stepMillis === "number" ? $BigInt(message.stepMillis) : $util.Long.fromBits(message.stepMillis.low >>> 0, message.stepMillis.high >>> 0, false).toBigInt();
                else if (typeof message.stepMillis === "number")
                    object.stepMillis = options.longs === $String ? $String(message.stepMillis) : message.stepMillis;
                else
                    object.stepMillis = options.longs === $String ? $util.Long.prototype.toString.call(message.stepMillis) : options.longs === $Number ? new $util.LongBits(message.stepMillis.low >>> 0, message.stepMillis.high >>> 0).toNumber() : message.stepMillis;
            if (message.func != null && $Object.hasOwnProperty.call(message, "func"))
                object.func = $root.thanos.Func.toObject(message.func, options, _depth + 1);
            if (message.grouping != null && $Object.hasOwnProperty.call(message, "grouping"))
                object.grouping = $root.thanos.Grouping.toObject(message.grouping, options, _depth + 1);
            if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                object.range = $root.thanos.Range.toObject(message.range, options, _depth + 1);
            if (message.projectionLabels && message.projectionLabels.length) {
                object.projectionLabels = $Array(message.projectionLabels.length);
                for (let j = 0; j < message.projectionLabels.length; ++j)
                    object.projectionLabels[j] = message.projectionLabels[j];
            }
            if (message.projectionInclude != null && $Object.hasOwnProperty.call(message, "projectionInclude"))
                object.projectionInclude = message.projectionInclude;
            if (message.seriesHashLabelName != null && $Object.hasOwnProperty.call(message, "seriesHashLabelName"))
                object.seriesHashLabelName = message.seriesHashLabelName;
            return object;
        };

        QueryHints.prototype.toJSON = function() {
            return QueryHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.QueryHints";
        };

        return QueryHints;
    })();

    thanos.ShardInfo = (function() {

        const ShardInfo = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ShardInfo.prototype.shardIndex = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ShardInfo.prototype.totalShards = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ShardInfo.prototype.by = false;
        ShardInfo.prototype.labels = $util.emptyArray;

        ShardInfo.create = function(properties) {
            return new ShardInfo(properties);
        };

        ShardInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.shardIndex != null && $Object.hasOwnProperty.call(message, "shardIndex") && (typeof message.shardIndex === "object" ? message.shardIndex.low || message.shardIndex.high : message.shardIndex !== 0))
                writer.uint32(8).int64(message.shardIndex);
            if (message.totalShards != null && $Object.hasOwnProperty.call(message, "totalShards") && (typeof message.totalShards === "object" ? message.totalShards.low || message.totalShards.high : message.totalShards !== 0))
                writer.uint32(16).int64(message.totalShards);
            if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== false)
                writer.uint32(24).bool(message.by);
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    writer.uint32(34).string(message.labels[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ShardInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ShardInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ShardInfo();
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
                            message.shardIndex = value;
                        else
                            delete message.shardIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.totalShards = value;
                        else
                            delete message.totalShards;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.by = value;
                        else
                            delete message.by;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push(reader.stringVerify());
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

        ShardInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ShardInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.shardIndex != null && $Object.hasOwnProperty.call(message, "shardIndex"))
                if (!$util.isInteger(message.shardIndex) && !(message.shardIndex && $util.isInteger(message.shardIndex.low) && $util.isInteger(message.shardIndex.high)))
                    return "shardIndex: integer|Long expected";
            if (message.totalShards != null && $Object.hasOwnProperty.call(message, "totalShards"))
                if (!$util.isInteger(message.totalShards) && !(message.totalShards && $util.isInteger(message.totalShards.low) && $util.isInteger(message.totalShards.high)))
                    return "totalShards: integer|Long expected";
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                if (typeof message.by !== "boolean")
                    return "by: boolean expected";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i)
                    if (!$util.isString(message.labels[i]))
                        return "labels: string[] expected";
            }
            return null;
        };

        ShardInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ShardInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ShardInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ShardInfo();
            if (object.shardIndex != null)
                if (typeof object.shardIndex === "object" ? object.shardIndex.low || object.shardIndex.high : $Number(object.shardIndex) !== 0)
                    if ($util.Long)
                        message.shardIndex = $util.Long.fromValue(object.shardIndex, false);
                    else if (typeof object.shardIndex === "string")
                        message.shardIndex = $parseInt(object.shardIndex, 10);
                    else if (typeof object.shardIndex === "number")
                        message.shardIndex = object.shardIndex;
                    else if (typeof object.shardIndex === "object")
                        message.shardIndex = new $util.LongBits(object.shardIndex.low >>> 0, object.shardIndex.high >>> 0).toNumber();
            if (object.totalShards != null)
                if (typeof object.totalShards === "object" ? object.totalShards.low || object.totalShards.high : $Number(object.totalShards) !== 0)
                    if ($util.Long)
                        message.totalShards = $util.Long.fromValue(object.totalShards, false);
                    else if (typeof object.totalShards === "string")
                        message.totalShards = $parseInt(object.totalShards, 10);
                    else if (typeof object.totalShards === "number")
                        message.totalShards = object.totalShards;
                    else if (typeof object.totalShards === "object")
                        message.totalShards = new $util.LongBits(object.totalShards.low >>> 0, object.totalShards.high >>> 0).toNumber();
            if (object.by != null)
                if (object.by)
                    message.by = $Boolean(object.by);
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.ShardInfo.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i)
                    message.labels[i] = $String(object.labels[i]);
            }
            return message;
        };

        ShardInfo.toObject = function (message, options, _depth) {
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
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.shardIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.shardIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.totalShards = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.totalShards = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.by = false;
            }
            if (message.shardIndex != null && $Object.hasOwnProperty.call(message, "shardIndex"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.shardIndex = typeof message.shardIndex === "number" ? $BigInt(message.shardIndex) : $util.Long.fromBits(message.shardIndex.low >>> 0, message.shardIndex.high >>> 0, false).toBigInt();
                else if (typeof message.shardIndex === "number")
                    object.shardIndex = options.longs === $String ? $String(message.shardIndex) : message.shardIndex;
                else
                    object.shardIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.shardIndex) : options.longs === $Number ? new $util.LongBits(message.shardIndex.low >>> 0, message.shardIndex.high >>> 0).toNumber() : message.shardIndex;
            if (message.totalShards != null && $Object.hasOwnProperty.call(message, "totalShards"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.totalShards = typeof message.totalShards === "number" ? $BigInt(message.totalShards) : $util.Long.fromBits(message.totalShards.low >>> 0, message.totalShards.high >>> 0, false).toBigInt();
                else if (typeof message.totalShards === "number")
                    object.totalShards = options.longs === $String ? $String(message.totalShards) : message.totalShards;
                else
                    object.totalShards = options.longs === $String ? $util.Long.prototype.toString.call(message.totalShards) : options.longs === $Number ? new $util.LongBits(message.totalShards.low >>> 0, message.totalShards.high >>> 0).toNumber() : message.totalShards;
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                object.by = message.by;
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = message.labels[j];
            }
            return object;
        };

        ShardInfo.prototype.toJSON = function() {
            return ShardInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        ShardInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ShardInfo";
        };

        return ShardInfo;
    })();

    thanos.Func = (function() {

        const Func = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Func.prototype.name = "";

        Func.create = function(properties) {
            return new Func(properties);
        };

        Func.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Func.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Func.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Func();
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

        Func.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Func.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            return null;
        };

        Func.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Func)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Func: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Func();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            return message;
        };

        Func.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.name = "";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        Func.prototype.toJSON = function() {
            return Func.toObject(this, $protobuf.util.toJSONOptions);
        };

        Func.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Func";
        };

        return Func;
    })();

    thanos.Grouping = (function() {

        const Grouping = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Grouping.prototype.by = false;
        Grouping.prototype.labels = $util.emptyArray;

        Grouping.create = function(properties) {
            return new Grouping(properties);
        };

        Grouping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== false)
                writer.uint32(8).bool(message.by);
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    writer.uint32(26).string(message.labels[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Grouping.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Grouping.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Grouping();
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
                        if (value = reader.bool())
                            message.by = value;
                        else
                            delete message.by;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push(reader.stringVerify());
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

        Grouping.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Grouping.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                if (typeof message.by !== "boolean")
                    return "by: boolean expected";
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                if (!$Array.isArray(message.labels))
                    return "labels: array expected";
                for (let i = 0; i < message.labels.length; ++i)
                    if (!$util.isString(message.labels[i]))
                        return "labels: string[] expected";
            }
            return null;
        };

        Grouping.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Grouping)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Grouping: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Grouping();
            if (object.by != null)
                if (object.by)
                    message.by = $Boolean(object.by);
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.Grouping.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i)
                    message.labels[i] = $String(object.labels[i]);
            }
            return message;
        };

        Grouping.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (options.defaults)
                object.by = false;
            if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                object.by = message.by;
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = message.labels[j];
            }
            return object;
        };

        Grouping.prototype.toJSON = function() {
            return Grouping.toObject(this, $protobuf.util.toJSONOptions);
        };

        Grouping.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Grouping";
        };

        return Grouping;
    })();

    thanos.Range = (function() {

        const Range = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Range.prototype.millis = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Range.create = function(properties) {
            return new Range(properties);
        };

        Range.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.millis != null && $Object.hasOwnProperty.call(message, "millis") && (typeof message.millis === "object" ? message.millis.low || message.millis.high : message.millis !== 0))
                writer.uint32(8).int64(message.millis);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Range.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Range.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.Range();
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
                            message.millis = value;
                        else
                            delete message.millis;
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

        Range.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Range.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.millis != null && $Object.hasOwnProperty.call(message, "millis"))
                if (!$util.isInteger(message.millis) && !(message.millis && $util.isInteger(message.millis.low) && $util.isInteger(message.millis.high)))
                    return "millis: integer|Long expected";
            return null;
        };

        Range.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Range)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Range: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Range();
            if (object.millis != null)
                if (typeof object.millis === "object" ? object.millis.low || object.millis.high : $Number(object.millis) !== 0)
                    if ($util.Long)
                        message.millis = $util.Long.fromValue(object.millis, false);
                    else if (typeof object.millis === "string")
                        message.millis = $parseInt(object.millis, 10);
                    else if (typeof object.millis === "number")
                        message.millis = object.millis;
                    else if (typeof object.millis === "object")
                        message.millis = new $util.LongBits(object.millis.low >>> 0, object.millis.high >>> 0).toNumber();
            return message;
        };

        Range.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.millis = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.millis = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.millis != null && $Object.hasOwnProperty.call(message, "millis"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.millis = typeof message.millis === "number" ? $BigInt(message.millis) : $util.Long.fromBits(message.millis.low >>> 0, message.millis.high >>> 0, false).toBigInt();
                else if (typeof message.millis === "number")
                    object.millis = options.longs === $String ? $String(message.millis) : message.millis;
                else
                    object.millis = options.longs === $String ? $util.Long.prototype.toString.call(message.millis) : options.longs === $Number ? new $util.LongBits(message.millis.low >>> 0, message.millis.high >>> 0).toNumber() : message.millis;
            return object;
        };

        Range.prototype.toJSON = function() {
            return Range.toObject(this, $protobuf.util.toJSONOptions);
        };

        Range.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Range";
        };

        return Range;
    })();

    thanos.SeriesResponse = (function() {

        const SeriesResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesResponse.prototype.series = null;
        SeriesResponse.prototype.warning = null;
        SeriesResponse.prototype.hints = null;
        SeriesResponse.prototype.batch = null;

        let $oneOfFields;

        $Object.defineProperty(SeriesResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["series", "warning", "hints", "batch"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        SeriesResponse.create = function(properties) {
            return new SeriesResponse(properties);
        };

        SeriesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.series != null && $Object.hasOwnProperty.call(message, "series"))
                $root.thanos.Series.encode(message.series, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                $root.thanos.SeriesBatch.encode(message.batch, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SeriesResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.SeriesResponse();
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
                        message.series = $root.thanos.Series.decode(reader, reader.size(), $undefined, _depth + 1, message.series);
                        message.result = "series";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
                        message.result = "hints";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.batch = $root.thanos.SeriesBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                        message.result = "batch";
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

        SeriesResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SeriesResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                properties.result = 1;
                {
                    let error = $root.thanos.Series.verify(message.series, _depth + 1);
                    if (error)
                        return "series." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                {
                    let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                    if (error)
                        return "hints." + error;
                }
            }
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                {
                    let error = $root.thanos.SeriesBatch.verify(message.batch, _depth + 1);
                    if (error)
                        return "batch." + error;
                }
            }
            return null;
        };

        SeriesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesResponse();
            if (object.series != null) {
                if (!$util.isObject(object.series))
                    throw $TypeError(".thanos.SeriesResponse.series: object expected");
                message.series = $root.thanos.Series.fromObject(object.series, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.SeriesResponse.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            if (object.batch != null) {
                if (!$util.isObject(object.batch))
                    throw $TypeError(".thanos.SeriesResponse.batch: object expected");
                message.batch = $root.thanos.SeriesBatch.fromObject(object.batch, _depth + 1);
            }
            return message;
        };

        SeriesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                object.series = $root.thanos.Series.toObject(message.series, options, _depth + 1);
                if (options.oneofs)
                    object.result = "series";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
                if (options.oneofs)
                    object.result = "hints";
            }
            if (message.batch != null && $Object.hasOwnProperty.call(message, "batch")) {
                object.batch = $root.thanos.SeriesBatch.toObject(message.batch, options, _depth + 1);
                if (options.oneofs)
                    object.result = "batch";
            }
            return object;
        };

        SeriesResponse.prototype.toJSON = function() {
            return SeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesResponse";
        };

        return SeriesResponse;
    })();

    thanos.LabelNamesRequest = (function() {

        const LabelNamesRequest = function (properties) {
            this.matchers = [];
            this.withoutReplicaLabels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesRequest.prototype.partialResponseDisabled = false;
        LabelNamesRequest.prototype.partialResponseStrategy = 0;
        LabelNamesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.hints = null;
        LabelNamesRequest.prototype.matchers = $util.emptyArray;
        LabelNamesRequest.prototype.withoutReplicaLabels = $util.emptyArray;
        LabelNamesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LabelNamesRequest.create = function(properties) {
            return new LabelNamesRequest(properties);
        };

        LabelNamesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled") && message.partialResponseDisabled !== false)
                writer.uint32(8).bool(message.partialResponseDisabled);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(16).int32(message.partialResponseStrategy);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(24).int64(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(32).int64(message.end);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.withoutReplicaLabels != null && message.withoutReplicaLabels.length)
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    writer.uint32(58).string(message.withoutReplicaLabels[i]);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(64).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelNamesRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.LabelNamesRequest();
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
                        if (value = reader.bool())
                            message.partialResponseDisabled = value;
                        else
                            delete message.partialResponseDisabled;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.withoutReplicaLabels && message.withoutReplicaLabels.length))
                            message.withoutReplicaLabels = [];
                        message.withoutReplicaLabels.push(reader.stringVerify());
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
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

        LabelNamesRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelNamesRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                if (typeof message.partialResponseDisabled !== "boolean")
                    return "partialResponseDisabled: boolean expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                    return "start: integer|Long expected";
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                    return "end: integer|Long expected";
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                if (!$Array.isArray(message.matchers))
                    return "matchers: array expected";
                for (let i = 0; i < message.matchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.matchers[i], _depth + 1);
                    if (error)
                        return "matchers." + error;
                }
            }
            if (message.withoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "withoutReplicaLabels")) {
                if (!$Array.isArray(message.withoutReplicaLabels))
                    return "withoutReplicaLabels: array expected";
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    if (!$util.isString(message.withoutReplicaLabels[i]))
                        return "withoutReplicaLabels: string[] expected";
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                    return "limit: integer|Long expected";
            return null;
        };

        LabelNamesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelNamesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelNamesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelNamesRequest();
            if (object.partialResponseDisabled != null)
                if (object.partialResponseDisabled)
                    message.partialResponseDisabled = $Boolean(object.partialResponseDisabled);
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            if (object.start != null)
                if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                    if ($util.Long)
                        message.start = $util.Long.fromValue(object.start, false);
                    else if (typeof object.start === "string")
                        message.start = $parseInt(object.start, 10);
                    else if (typeof object.start === "number")
                        message.start = object.start;
                    else if (typeof object.start === "object")
                        message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
            if (object.end != null)
                if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.LabelNamesRequest.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.LabelNamesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.LabelNamesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.withoutReplicaLabels) {
                if (!$Array.isArray(object.withoutReplicaLabels))
                    throw $TypeError(".thanos.LabelNamesRequest.withoutReplicaLabels: array expected");
                message.withoutReplicaLabels = $Array(object.withoutReplicaLabels.length);
                for (let i = 0; i < object.withoutReplicaLabels.length; ++i)
                    message.withoutReplicaLabels[i] = $String(object.withoutReplicaLabels[i]);
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        LabelNamesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.matchers = [];
                object.withoutReplicaLabels = [];
            }
            if (options.defaults) {
                object.partialResponseDisabled = false;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.hints = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                object.partialResponseDisabled = message.partialResponseDisabled;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                else if (typeof message.start === "number")
                    object.start = options.longs === $String ? $String(message.start) : message.start;
                else
                    object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                else if (typeof message.end === "number")
                    object.end = options.longs === $String ? $String(message.end) : message.end;
                else
                    object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.withoutReplicaLabels && message.withoutReplicaLabels.length) {
                object.withoutReplicaLabels = $Array(message.withoutReplicaLabels.length);
                for (let j = 0; j < message.withoutReplicaLabels.length; ++j)
                    object.withoutReplicaLabels[j] = message.withoutReplicaLabels[j];
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        LabelNamesRequest.prototype.toJSON = function() {
            return LabelNamesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelNamesRequest";
        };

        return LabelNamesRequest;
    })();

    thanos.LabelNamesResponse = (function() {

        const LabelNamesResponse = function (properties) {
            this.names = [];
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesResponse.prototype.names = $util.emptyArray;
        LabelNamesResponse.prototype.warnings = $util.emptyArray;
        LabelNamesResponse.prototype.hints = null;

        LabelNamesResponse.create = function(properties) {
            return new LabelNamesResponse(properties);
        };

        LabelNamesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.names != null && message.names.length)
                for (let i = 0; i < message.names.length; ++i)
                    writer.uint32(10).string(message.names[i]);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(18).string(message.warnings[i]);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelNamesResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.LabelNamesResponse();
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
                        if (!(message.names && message.names.length))
                            message.names = [];
                        message.names.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
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

        LabelNamesResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelNamesResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                if (!$Array.isArray(message.names))
                    return "names: array expected";
                for (let i = 0; i < message.names.length; ++i)
                    if (!$util.isString(message.names[i]))
                        return "names: string[] expected";
            }
            if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                if (!$Array.isArray(message.warnings))
                    return "warnings: array expected";
                for (let i = 0; i < message.warnings.length; ++i)
                    if (!$util.isString(message.warnings[i]))
                        return "warnings: string[] expected";
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            return null;
        };

        LabelNamesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelNamesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelNamesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelNamesResponse();
            if (object.names) {
                if (!$Array.isArray(object.names))
                    throw $TypeError(".thanos.LabelNamesResponse.names: array expected");
                message.names = $Array(object.names.length);
                for (let i = 0; i < object.names.length; ++i)
                    message.names[i] = $String(object.names[i]);
            }
            if (object.warnings) {
                if (!$Array.isArray(object.warnings))
                    throw $TypeError(".thanos.LabelNamesResponse.warnings: array expected");
                message.warnings = $Array(object.warnings.length);
                for (let i = 0; i < object.warnings.length; ++i)
                    message.warnings[i] = $String(object.warnings[i]);
            }
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.LabelNamesResponse.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            return message;
        };

        LabelNamesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.names = [];
                object.warnings = [];
            }
            if (options.defaults)
                object.hints = null;
            if (message.names && message.names.length) {
                object.names = $Array(message.names.length);
                for (let j = 0; j < message.names.length; ++j)
                    object.names[j] = message.names[j];
            }
            if (message.warnings && message.warnings.length) {
                object.warnings = $Array(message.warnings.length);
                for (let j = 0; j < message.warnings.length; ++j)
                    object.warnings[j] = message.warnings[j];
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
            return object;
        };

        LabelNamesResponse.prototype.toJSON = function() {
            return LabelNamesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelNamesResponse";
        };

        return LabelNamesResponse;
    })();

    thanos.LabelValuesRequest = (function() {

        const LabelValuesRequest = function (properties) {
            this.matchers = [];
            this.withoutReplicaLabels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesRequest.prototype.label = "";
        LabelValuesRequest.prototype.partialResponseDisabled = false;
        LabelValuesRequest.prototype.partialResponseStrategy = 0;
        LabelValuesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.hints = null;
        LabelValuesRequest.prototype.matchers = $util.emptyArray;
        LabelValuesRequest.prototype.withoutReplicaLabels = $util.emptyArray;
        LabelValuesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LabelValuesRequest.create = function(properties) {
            return new LabelValuesRequest(properties);
        };

        LabelValuesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(10).string(message.label);
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled") && message.partialResponseDisabled !== false)
                writer.uint32(16).bool(message.partialResponseDisabled);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(24).int32(message.partialResponseStrategy);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(32).int64(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(40).int64(message.end);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.withoutReplicaLabels != null && message.withoutReplicaLabels.length)
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    writer.uint32(66).string(message.withoutReplicaLabels[i]);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(72).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelValuesRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.LabelValuesRequest();
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
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.partialResponseDisabled = value;
                        else
                            delete message.partialResponseDisabled;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.withoutReplicaLabels && message.withoutReplicaLabels.length))
                            message.withoutReplicaLabels = [];
                        message.withoutReplicaLabels.push(reader.stringVerify());
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
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

        LabelValuesRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelValuesRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                if (!$util.isString(message.label))
                    return "label: string expected";
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                if (typeof message.partialResponseDisabled !== "boolean")
                    return "partialResponseDisabled: boolean expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (!$util.isInteger(message.start) && !(message.start && $util.isInteger(message.start.low) && $util.isInteger(message.start.high)))
                    return "start: integer|Long expected";
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (!$util.isInteger(message.end) && !(message.end && $util.isInteger(message.end.low) && $util.isInteger(message.end.high)))
                    return "end: integer|Long expected";
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers")) {
                if (!$Array.isArray(message.matchers))
                    return "matchers: array expected";
                for (let i = 0; i < message.matchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.matchers[i], _depth + 1);
                    if (error)
                        return "matchers." + error;
                }
            }
            if (message.withoutReplicaLabels != null && $Object.hasOwnProperty.call(message, "withoutReplicaLabels")) {
                if (!$Array.isArray(message.withoutReplicaLabels))
                    return "withoutReplicaLabels: array expected";
                for (let i = 0; i < message.withoutReplicaLabels.length; ++i)
                    if (!$util.isString(message.withoutReplicaLabels[i]))
                        return "withoutReplicaLabels: string[] expected";
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (!$util.isInteger(message.limit) && !(message.limit && $util.isInteger(message.limit.low) && $util.isInteger(message.limit.high)))
                    return "limit: integer|Long expected";
            return null;
        };

        LabelValuesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelValuesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelValuesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelValuesRequest();
            if (object.label != null)
                if (typeof object.label !== "string" || object.label.length)
                    message.label = $String(object.label);
            if (object.partialResponseDisabled != null)
                if (object.partialResponseDisabled)
                    message.partialResponseDisabled = $Boolean(object.partialResponseDisabled);
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            if (object.start != null)
                if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                    if ($util.Long)
                        message.start = $util.Long.fromValue(object.start, false);
                    else if (typeof object.start === "string")
                        message.start = $parseInt(object.start, 10);
                    else if (typeof object.start === "number")
                        message.start = object.start;
                    else if (typeof object.start === "object")
                        message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
            if (object.end != null)
                if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.LabelValuesRequest.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.LabelValuesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.LabelValuesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.withoutReplicaLabels) {
                if (!$Array.isArray(object.withoutReplicaLabels))
                    throw $TypeError(".thanos.LabelValuesRequest.withoutReplicaLabels: array expected");
                message.withoutReplicaLabels = $Array(object.withoutReplicaLabels.length);
                for (let i = 0; i < object.withoutReplicaLabels.length; ++i)
                    message.withoutReplicaLabels[i] = $String(object.withoutReplicaLabels[i]);
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        LabelValuesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.matchers = [];
                object.withoutReplicaLabels = [];
            }
            if (options.defaults) {
                object.label = "";
                object.partialResponseDisabled = false;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.hints = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                object.label = message.label;
            if (message.partialResponseDisabled != null && $Object.hasOwnProperty.call(message, "partialResponseDisabled"))
                object.partialResponseDisabled = message.partialResponseDisabled;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                else if (typeof message.start === "number")
                    object.start = options.longs === $String ? $String(message.start) : message.start;
                else
                    object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                else if (typeof message.end === "number")
                    object.end = options.longs === $String ? $String(message.end) : message.end;
                else
                    object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.withoutReplicaLabels && message.withoutReplicaLabels.length) {
                object.withoutReplicaLabels = $Array(message.withoutReplicaLabels.length);
                for (let j = 0; j < message.withoutReplicaLabels.length; ++j)
                    object.withoutReplicaLabels[j] = message.withoutReplicaLabels[j];
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        LabelValuesRequest.prototype.toJSON = function() {
            return LabelValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelValuesRequest";
        };

        return LabelValuesRequest;
    })();

    thanos.LabelValuesResponse = (function() {

        const LabelValuesResponse = function (properties) {
            this.values = [];
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesResponse.prototype.values = $util.emptyArray;
        LabelValuesResponse.prototype.warnings = $util.emptyArray;
        LabelValuesResponse.prototype.hints = null;

        LabelValuesResponse.create = function(properties) {
            return new LabelValuesResponse(properties);
        };

        LabelValuesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    writer.uint32(10).string(message.values[i]);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(18).string(message.warnings[i]);
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                $root.google.protobuf.Any.encode(message.hints, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelValuesResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.LabelValuesResponse();
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
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.hints = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.hints);
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

        LabelValuesResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelValuesResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                if (!$Array.isArray(message.values))
                    return "values: array expected";
                for (let i = 0; i < message.values.length; ++i)
                    if (!$util.isString(message.values[i]))
                        return "values: string[] expected";
            }
            if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                if (!$Array.isArray(message.warnings))
                    return "warnings: array expected";
                for (let i = 0; i < message.warnings.length; ++i)
                    if (!$util.isString(message.warnings[i]))
                        return "warnings: string[] expected";
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints")) {
                let error = $root.google.protobuf.Any.verify(message.hints, _depth + 1);
                if (error)
                    return "hints." + error;
            }
            return null;
        };

        LabelValuesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelValuesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelValuesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelValuesResponse();
            if (object.values) {
                if (!$Array.isArray(object.values))
                    throw $TypeError(".thanos.LabelValuesResponse.values: array expected");
                message.values = $Array(object.values.length);
                for (let i = 0; i < object.values.length; ++i)
                    message.values[i] = $String(object.values[i]);
            }
            if (object.warnings) {
                if (!$Array.isArray(object.warnings))
                    throw $TypeError(".thanos.LabelValuesResponse.warnings: array expected");
                message.warnings = $Array(object.warnings.length);
                for (let i = 0; i < object.warnings.length; ++i)
                    message.warnings[i] = $String(object.warnings[i]);
            }
            if (object.hints != null) {
                if (!$util.isObject(object.hints))
                    throw $TypeError(".thanos.LabelValuesResponse.hints: object expected");
                message.hints = $root.google.protobuf.Any.fromObject(object.hints, _depth + 1);
            }
            return message;
        };

        LabelValuesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.values = [];
                object.warnings = [];
            }
            if (options.defaults)
                object.hints = null;
            if (message.values && message.values.length) {
                object.values = $Array(message.values.length);
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = message.values[j];
            }
            if (message.warnings && message.warnings.length) {
                object.warnings = $Array(message.warnings.length);
                for (let j = 0; j < message.warnings.length; ++j)
                    object.warnings[j] = message.warnings[j];
            }
            if (message.hints != null && $Object.hasOwnProperty.call(message, "hints"))
                object.hints = $root.google.protobuf.Any.toObject(message.hints, options, _depth + 1);
            return object;
        };

        LabelValuesResponse.prototype.toJSON = function() {
            return LabelValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelValuesResponse";
        };

        return LabelValuesResponse;
    })();

    thanos.InfoRequest = (function() {

        const InfoRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        InfoRequest.create = function(properties) {
            return new InfoRequest(properties);
        };

        InfoRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        InfoRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        InfoRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.InfoRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
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

        InfoRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        InfoRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        InfoRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.InfoRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.InfoRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.thanos.InfoRequest();
        };

        InfoRequest.toObject = function () {
            return {};
        };

        InfoRequest.prototype.toJSON = function() {
            return InfoRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        InfoRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.InfoRequest";
        };

        return InfoRequest;
    })();

    thanos.StoreType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN"] = 0;
        values[valuesById[1] = "QUERY"] = 1;
        values[valuesById[2] = "RULE"] = 2;
        values[valuesById[3] = "SIDECAR"] = 3;
        values[valuesById[4] = "STORE"] = 4;
        values[valuesById[5] = "RECEIVE"] = 5;
        values[valuesById[6] = "DEBUG"] = 6;
        return values;
    })();

    thanos.InfoResponse = (function() {

        const InfoResponse = function (properties) {
            this.labels = [];
            this.labelSets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        InfoResponse.prototype.labels = $util.emptyArray;
        InfoResponse.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        InfoResponse.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        InfoResponse.prototype.storeType = 0;
        InfoResponse.prototype.labelSets = $util.emptyArray;

        InfoResponse.create = function(properties) {
            return new InfoResponse(properties);
        };

        InfoResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.thanos.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(16).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(24).int64(message.maxTime);
            if (message.storeType != null && $Object.hasOwnProperty.call(message, "storeType") && message.storeType !== 0)
                writer.uint32(32).int32(message.storeType);
            if (message.labelSets != null && message.labelSets.length)
                for (let i = 0; i < message.labelSets.length; ++i)
                    $root.thanos.LabelSet.encode(message.labelSets[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        InfoResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        InfoResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.InfoResponse();
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
                        message.labels.push($root.thanos.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.storeType = value;
                        else
                            delete message.storeType;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labelSets && message.labelSets.length))
                            message.labelSets = [];
                        message.labelSets.push($root.thanos.LabelSet.decode(reader, reader.size(), $undefined, _depth + 1));
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

        InfoResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        InfoResponse.verify = function (message, _depth) {
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
                    let error = $root.thanos.Label.verify(message.labels[i], _depth + 1);
                    if (error)
                        return "labels." + error;
                }
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (!$util.isInteger(message.minTime) && !(message.minTime && $util.isInteger(message.minTime.low) && $util.isInteger(message.minTime.high)))
                    return "minTime: integer|Long expected";
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (!$util.isInteger(message.maxTime) && !(message.maxTime && $util.isInteger(message.maxTime.low) && $util.isInteger(message.maxTime.high)))
                    return "maxTime: integer|Long expected";
            if (message.storeType != null && $Object.hasOwnProperty.call(message, "storeType"))
                if (typeof message.storeType !== "number" || (message.storeType | 0) !== message.storeType)
                    return "storeType: enum value expected";
            if (message.labelSets != null && $Object.hasOwnProperty.call(message, "labelSets")) {
                if (!$Array.isArray(message.labelSets))
                    return "labelSets: array expected";
                for (let i = 0; i < message.labelSets.length; ++i) {
                    let error = $root.thanos.LabelSet.verify(message.labelSets[i], _depth + 1);
                    if (error)
                        return "labelSets." + error;
                }
            }
            return null;
        };

        InfoResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.InfoResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.InfoResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.InfoResponse();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.InfoResponse.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".thanos.InfoResponse.labels: object expected");
                    message.labels[i] = $root.thanos.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            if (object.storeType !== 0 && (typeof object.storeType !== "string" || $root.thanos.StoreType[object.storeType] !== 0))
                switch (object.storeType) {
                case "UNKNOWN":
                case 0:
                    message.storeType = 0;
                    break;
                case "QUERY":
                case 1:
                    message.storeType = 1;
                    break;
                case "RULE":
                case 2:
                    message.storeType = 2;
                    break;
                case "SIDECAR":
                case 3:
                    message.storeType = 3;
                    break;
                case "STORE":
                case 4:
                    message.storeType = 4;
                    break;
                case "RECEIVE":
                case 5:
                    message.storeType = 5;
                    break;
                case "DEBUG":
                case 6:
                    message.storeType = 6;
                    break;
                default:
                    if (typeof object.storeType === "number" && (object.storeType | 0) === object.storeType)
                        message.storeType = object.storeType;
                }
            if (object.labelSets) {
                if (!$Array.isArray(object.labelSets))
                    throw $TypeError(".thanos.InfoResponse.labelSets: array expected");
                message.labelSets = $Array(object.labelSets.length);
                for (let i = 0; i < object.labelSets.length; ++i) {
                    if (!$util.isObject(object.labelSets[i]))
                        throw $TypeError(".thanos.InfoResponse.labelSets: object expected");
                    message.labelSets[i] = $root.thanos.LabelSet.fromObject(object.labelSets[i], _depth + 1);
                }
            }
            return message;
        };

        InfoResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.labels = [];
                object.labelSets = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.storeType = options.enums === $String ? "UNKNOWN" : 0;
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.thanos.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            if (message.storeType != null && $Object.hasOwnProperty.call(message, "storeType"))
                object.storeType = options.enums === $String ? $root.thanos.StoreType[message.storeType] === $undefined ? message.storeType : $root.thanos.StoreType[message.storeType] : message.storeType;
            if (message.labelSets && message.labelSets.length) {
                object.labelSets = $Array(message.labelSets.length);
                for (let j = 0; j < message.labelSets.length; ++j)
                    object.labelSets[j] = $root.thanos.LabelSet.toObject(message.labelSets[j], options, _depth + 1);
            }
            return object;
        };

        InfoResponse.prototype.toJSON = function() {
            return InfoResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        InfoResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.InfoResponse";
        };

        return InfoResponse;
    })();

    thanos.TargetsRequest = (function() {

        const TargetsRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TargetsRequest.prototype.state = 0;
        TargetsRequest.prototype.partialResponseStrategy = 0;

        TargetsRequest.create = function(properties) {
            return new TargetsRequest(properties);
        };

        TargetsRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(8).int32(message.state);
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy") && message.partialResponseStrategy !== 0)
                writer.uint32(16).int32(message.partialResponseStrategy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TargetsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TargetsRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TargetsRequest();
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
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partialResponseStrategy = value;
                        else
                            delete message.partialResponseStrategy;
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

        TargetsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TargetsRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                    return "state: enum value expected";
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                if (typeof message.partialResponseStrategy !== "number" || (message.partialResponseStrategy | 0) !== message.partialResponseStrategy)
                    return "partialResponseStrategy: enum value expected";
            return null;
        };

        TargetsRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TargetsRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TargetsRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TargetsRequest();
            if (object.state !== 0 && (typeof object.state !== "string" || $root.thanos.TargetsRequest.State[object.state] !== 0))
                switch (object.state) {
                case "ANY":
                case 0:
                    message.state = 0;
                    break;
                case "ACTIVE":
                case 1:
                    message.state = 1;
                    break;
                case "DROPPED":
                case 2:
                    message.state = 2;
                    break;
                default:
                    if (typeof object.state === "number" && (object.state | 0) === object.state)
                        message.state = object.state;
                }
            if (object.partialResponseStrategy !== 0 && (typeof object.partialResponseStrategy !== "string" || $root.thanos.PartialResponseStrategy[object.partialResponseStrategy] !== 0))
                switch (object.partialResponseStrategy) {
                case "WARN":
                case 0:
                    message.partialResponseStrategy = 0;
                    break;
                case "ABORT":
                case 1:
                    message.partialResponseStrategy = 1;
                    break;
                default:
                    if (typeof object.partialResponseStrategy === "number" && (object.partialResponseStrategy | 0) === object.partialResponseStrategy)
                        message.partialResponseStrategy = object.partialResponseStrategy;
                }
            return message;
        };

        TargetsRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.state = options.enums === $String ? "ANY" : 0;
                object.partialResponseStrategy = options.enums === $String ? "WARN" : 0;
            }
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === $String ? $root.thanos.TargetsRequest.State[message.state] === $undefined ? message.state : $root.thanos.TargetsRequest.State[message.state] : message.state;
            if (message.partialResponseStrategy != null && $Object.hasOwnProperty.call(message, "partialResponseStrategy"))
                object.partialResponseStrategy = options.enums === $String ? $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] === $undefined ? message.partialResponseStrategy : $root.thanos.PartialResponseStrategy[message.partialResponseStrategy] : message.partialResponseStrategy;
            return object;
        };

        TargetsRequest.prototype.toJSON = function() {
            return TargetsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        TargetsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TargetsRequest";
        };

        TargetsRequest.State = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ANY"] = 0;
            values[valuesById[1] = "ACTIVE"] = 1;
            values[valuesById[2] = "DROPPED"] = 2;
            return values;
        })();

        return TargetsRequest;
    })();

    thanos.TargetsResponse = (function() {

        const TargetsResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TargetsResponse.prototype.targets = null;
        TargetsResponse.prototype.warning = null;

        let $oneOfFields;

        $Object.defineProperty(TargetsResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["targets", "warning"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TargetsResponse.create = function(properties) {
            return new TargetsResponse(properties);
        };

        TargetsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                $root.thanos.TargetDiscovery.encode(message.targets, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TargetsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TargetsResponse.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TargetsResponse();
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
                        message.targets = $root.thanos.TargetDiscovery.decode(reader, reader.size(), $undefined, _depth + 1, message.targets);
                        message.result = "targets";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
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

        TargetsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TargetsResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                properties.result = 1;
                {
                    let error = $root.thanos.TargetDiscovery.verify(message.targets, _depth + 1);
                    if (error)
                        return "targets." + error;
                }
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                if (properties.result === 1)
                    return "result: multiple values";
                properties.result = 1;
                if (!$util.isString(message.warning))
                    return "warning: string expected";
            }
            return null;
        };

        TargetsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TargetsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TargetsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TargetsResponse();
            if (object.targets != null) {
                if (!$util.isObject(object.targets))
                    throw $TypeError(".thanos.TargetsResponse.targets: object expected");
                message.targets = $root.thanos.TargetDiscovery.fromObject(object.targets, _depth + 1);
            }
            if (object.warning != null)
                message.warning = $String(object.warning);
            return message;
        };

        TargetsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                object.targets = $root.thanos.TargetDiscovery.toObject(message.targets, options, _depth + 1);
                if (options.oneofs)
                    object.result = "targets";
            }
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            return object;
        };

        TargetsResponse.prototype.toJSON = function() {
            return TargetsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        TargetsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TargetsResponse";
        };

        return TargetsResponse;
    })();

    thanos.TargetDiscovery = (function() {

        const TargetDiscovery = function (properties) {
            this.activeTargets = [];
            this.droppedTargets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TargetDiscovery.prototype.activeTargets = $util.emptyArray;
        TargetDiscovery.prototype.droppedTargets = $util.emptyArray;

        TargetDiscovery.create = function(properties) {
            return new TargetDiscovery(properties);
        };

        TargetDiscovery.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.activeTargets != null && message.activeTargets.length)
                for (let i = 0; i < message.activeTargets.length; ++i)
                    $root.thanos.ActiveTarget.encode(message.activeTargets[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.droppedTargets != null && message.droppedTargets.length)
                for (let i = 0; i < message.droppedTargets.length; ++i)
                    $root.thanos.DroppedTarget.encode(message.droppedTargets[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TargetDiscovery.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        TargetDiscovery.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.TargetDiscovery();
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
                        if (!(message.activeTargets && message.activeTargets.length))
                            message.activeTargets = [];
                        message.activeTargets.push($root.thanos.ActiveTarget.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.droppedTargets && message.droppedTargets.length))
                            message.droppedTargets = [];
                        message.droppedTargets.push($root.thanos.DroppedTarget.decode(reader, reader.size(), $undefined, _depth + 1));
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

        TargetDiscovery.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        TargetDiscovery.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.activeTargets != null && $Object.hasOwnProperty.call(message, "activeTargets")) {
                if (!$Array.isArray(message.activeTargets))
                    return "activeTargets: array expected";
                for (let i = 0; i < message.activeTargets.length; ++i) {
                    let error = $root.thanos.ActiveTarget.verify(message.activeTargets[i], _depth + 1);
                    if (error)
                        return "activeTargets." + error;
                }
            }
            if (message.droppedTargets != null && $Object.hasOwnProperty.call(message, "droppedTargets")) {
                if (!$Array.isArray(message.droppedTargets))
                    return "droppedTargets: array expected";
                for (let i = 0; i < message.droppedTargets.length; ++i) {
                    let error = $root.thanos.DroppedTarget.verify(message.droppedTargets[i], _depth + 1);
                    if (error)
                        return "droppedTargets." + error;
                }
            }
            return null;
        };

        TargetDiscovery.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.TargetDiscovery)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.TargetDiscovery: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.TargetDiscovery();
            if (object.activeTargets) {
                if (!$Array.isArray(object.activeTargets))
                    throw $TypeError(".thanos.TargetDiscovery.activeTargets: array expected");
                message.activeTargets = $Array(object.activeTargets.length);
                for (let i = 0; i < object.activeTargets.length; ++i) {
                    if (!$util.isObject(object.activeTargets[i]))
                        throw $TypeError(".thanos.TargetDiscovery.activeTargets: object expected");
                    message.activeTargets[i] = $root.thanos.ActiveTarget.fromObject(object.activeTargets[i], _depth + 1);
                }
            }
            if (object.droppedTargets) {
                if (!$Array.isArray(object.droppedTargets))
                    throw $TypeError(".thanos.TargetDiscovery.droppedTargets: array expected");
                message.droppedTargets = $Array(object.droppedTargets.length);
                for (let i = 0; i < object.droppedTargets.length; ++i) {
                    if (!$util.isObject(object.droppedTargets[i]))
                        throw $TypeError(".thanos.TargetDiscovery.droppedTargets: object expected");
                    message.droppedTargets[i] = $root.thanos.DroppedTarget.fromObject(object.droppedTargets[i], _depth + 1);
                }
            }
            return message;
        };

        TargetDiscovery.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.activeTargets = [];
                object.droppedTargets = [];
            }
            if (message.activeTargets && message.activeTargets.length) {
                object.activeTargets = $Array(message.activeTargets.length);
                for (let j = 0; j < message.activeTargets.length; ++j)
                    object.activeTargets[j] = $root.thanos.ActiveTarget.toObject(message.activeTargets[j], options, _depth + 1);
            }
            if (message.droppedTargets && message.droppedTargets.length) {
                object.droppedTargets = $Array(message.droppedTargets.length);
                for (let j = 0; j < message.droppedTargets.length; ++j)
                    object.droppedTargets[j] = $root.thanos.DroppedTarget.toObject(message.droppedTargets[j], options, _depth + 1);
            }
            return object;
        };

        TargetDiscovery.prototype.toJSON = function() {
            return TargetDiscovery.toObject(this, $protobuf.util.toJSONOptions);
        };

        TargetDiscovery.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.TargetDiscovery";
        };

        return TargetDiscovery;
    })();

    thanos.TargetHealth = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "DOWN"] = 0;
        values[valuesById[1] = "UP"] = 1;
        values[valuesById[2] = "UNKNOWN"] = 2;
        return values;
    })();

    thanos.ActiveTarget = (function() {

        const ActiveTarget = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ActiveTarget.prototype.discoveredLabels = null;
        ActiveTarget.prototype.labels = null;
        ActiveTarget.prototype.scrapePool = "";
        ActiveTarget.prototype.scrapeUrl = "";
        ActiveTarget.prototype.globalUrl = "";
        ActiveTarget.prototype.lastError = "";
        ActiveTarget.prototype.lastScrape = null;
        ActiveTarget.prototype.lastScrapeDuration = 0;
        ActiveTarget.prototype.health = 0;

        ActiveTarget.create = function(properties) {
            return new ActiveTarget(properties);
        };

        ActiveTarget.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels"))
                $root.thanos.ZLabelSet.encode(message.discoveredLabels, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                $root.thanos.ZLabelSet.encode(message.labels, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.scrapePool != null && $Object.hasOwnProperty.call(message, "scrapePool") && message.scrapePool !== "")
                writer.uint32(26).string(message.scrapePool);
            if (message.scrapeUrl != null && $Object.hasOwnProperty.call(message, "scrapeUrl") && message.scrapeUrl !== "")
                writer.uint32(34).string(message.scrapeUrl);
            if (message.globalUrl != null && $Object.hasOwnProperty.call(message, "globalUrl") && message.globalUrl !== "")
                writer.uint32(42).string(message.globalUrl);
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                writer.uint32(50).string(message.lastError);
            if (message.lastScrape != null && $Object.hasOwnProperty.call(message, "lastScrape"))
                $root.google.protobuf.Timestamp.encode(message.lastScrape, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.lastScrapeDuration != null && $Object.hasOwnProperty.call(message, "lastScrapeDuration") && !$Object.is(message.lastScrapeDuration, 0))
                writer.uint32(65).double(message.lastScrapeDuration);
            if (message.health != null && $Object.hasOwnProperty.call(message, "health") && message.health !== 0)
                writer.uint32(72).int32(message.health);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ActiveTarget.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        ActiveTarget.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.ActiveTarget();
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
                        message.discoveredLabels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.discoveredLabels);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.labels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.labels);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.scrapePool = value;
                        else
                            delete message.scrapePool;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.scrapeUrl = value;
                        else
                            delete message.scrapeUrl;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.globalUrl = value;
                        else
                            delete message.globalUrl;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.lastError = value;
                        else
                            delete message.lastError;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.lastScrape = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastScrape);
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.lastScrapeDuration = value;
                        else
                            delete message.lastScrapeDuration;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.health = value;
                        else
                            delete message.health;
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

        ActiveTarget.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        ActiveTarget.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels")) {
                let error = $root.thanos.ZLabelSet.verify(message.discoveredLabels, _depth + 1);
                if (error)
                    return "discoveredLabels." + error;
            }
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                let error = $root.thanos.ZLabelSet.verify(message.labels, _depth + 1);
                if (error)
                    return "labels." + error;
            }
            if (message.scrapePool != null && $Object.hasOwnProperty.call(message, "scrapePool"))
                if (!$util.isString(message.scrapePool))
                    return "scrapePool: string expected";
            if (message.scrapeUrl != null && $Object.hasOwnProperty.call(message, "scrapeUrl"))
                if (!$util.isString(message.scrapeUrl))
                    return "scrapeUrl: string expected";
            if (message.globalUrl != null && $Object.hasOwnProperty.call(message, "globalUrl"))
                if (!$util.isString(message.globalUrl))
                    return "globalUrl: string expected";
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                if (!$util.isString(message.lastError))
                    return "lastError: string expected";
            if (message.lastScrape != null && $Object.hasOwnProperty.call(message, "lastScrape")) {
                let error = $root.google.protobuf.Timestamp.verify(message.lastScrape, _depth + 1);
                if (error)
                    return "lastScrape." + error;
            }
            if (message.lastScrapeDuration != null && $Object.hasOwnProperty.call(message, "lastScrapeDuration"))
                if (typeof message.lastScrapeDuration !== "number")
                    return "lastScrapeDuration: number expected";
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                if (typeof message.health !== "number" || (message.health | 0) !== message.health)
                    return "health: enum value expected";
            return null;
        };

        ActiveTarget.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ActiveTarget)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ActiveTarget: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ActiveTarget();
            if (object.discoveredLabels != null) {
                if (!$util.isObject(object.discoveredLabels))
                    throw $TypeError(".thanos.ActiveTarget.discoveredLabels: object expected");
                message.discoveredLabels = $root.thanos.ZLabelSet.fromObject(object.discoveredLabels, _depth + 1);
            }
            if (object.labels != null) {
                if (!$util.isObject(object.labels))
                    throw $TypeError(".thanos.ActiveTarget.labels: object expected");
                message.labels = $root.thanos.ZLabelSet.fromObject(object.labels, _depth + 1);
            }
            if (object.scrapePool != null)
                if (typeof object.scrapePool !== "string" || object.scrapePool.length)
                    message.scrapePool = $String(object.scrapePool);
            if (object.scrapeUrl != null)
                if (typeof object.scrapeUrl !== "string" || object.scrapeUrl.length)
                    message.scrapeUrl = $String(object.scrapeUrl);
            if (object.globalUrl != null)
                if (typeof object.globalUrl !== "string" || object.globalUrl.length)
                    message.globalUrl = $String(object.globalUrl);
            if (object.lastError != null)
                if (typeof object.lastError !== "string" || object.lastError.length)
                    message.lastError = $String(object.lastError);
            if (object.lastScrape != null) {
                if (!$util.isObject(object.lastScrape))
                    throw $TypeError(".thanos.ActiveTarget.lastScrape: object expected");
                message.lastScrape = $root.google.protobuf.Timestamp.fromObject(object.lastScrape, _depth + 1);
            }
            if (object.lastScrapeDuration != null)
                if (!$Object.is($Number(object.lastScrapeDuration), 0))
                    message.lastScrapeDuration = $Number(object.lastScrapeDuration);
            if (object.health !== 0 && (typeof object.health !== "string" || $root.thanos.TargetHealth[object.health] !== 0))
                switch (object.health) {
                case "DOWN":
                case 0:
                    message.health = 0;
                    break;
                case "UP":
                case 1:
                    message.health = 1;
                    break;
                case "UNKNOWN":
                case 2:
                    message.health = 2;
                    break;
                default:
                    if (typeof object.health === "number" && (object.health | 0) === object.health)
                        message.health = object.health;
                }
            return message;
        };

        ActiveTarget.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.discoveredLabels = null;
                object.labels = null;
                object.scrapePool = "";
                object.scrapeUrl = "";
                object.globalUrl = "";
                object.lastError = "";
                object.lastScrape = null;
                object.lastScrapeDuration = 0;
                object.health = options.enums === $String ? "DOWN" : 0;
            }
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels"))
                object.discoveredLabels = $root.thanos.ZLabelSet.toObject(message.discoveredLabels, options, _depth + 1);
            if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                object.labels = $root.thanos.ZLabelSet.toObject(message.labels, options, _depth + 1);
            if (message.scrapePool != null && $Object.hasOwnProperty.call(message, "scrapePool"))
                object.scrapePool = message.scrapePool;
            if (message.scrapeUrl != null && $Object.hasOwnProperty.call(message, "scrapeUrl"))
                object.scrapeUrl = message.scrapeUrl;
            if (message.globalUrl != null && $Object.hasOwnProperty.call(message, "globalUrl"))
                object.globalUrl = message.globalUrl;
            if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                object.lastError = message.lastError;
            if (message.lastScrape != null && $Object.hasOwnProperty.call(message, "lastScrape"))
                object.lastScrape = $root.google.protobuf.Timestamp.toObject(message.lastScrape, options, _depth + 1);
            if (message.lastScrapeDuration != null && $Object.hasOwnProperty.call(message, "lastScrapeDuration"))
                object.lastScrapeDuration = options.json && !$isFinite(message.lastScrapeDuration) ? $String(message.lastScrapeDuration) : message.lastScrapeDuration;
            if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                object.health = options.enums === $String ? $root.thanos.TargetHealth[message.health] === $undefined ? message.health : $root.thanos.TargetHealth[message.health] : message.health;
            return object;
        };

        ActiveTarget.prototype.toJSON = function() {
            return ActiveTarget.toObject(this, $protobuf.util.toJSONOptions);
        };

        ActiveTarget.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ActiveTarget";
        };

        return ActiveTarget;
    })();

    thanos.DroppedTarget = (function() {

        const DroppedTarget = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DroppedTarget.prototype.discoveredLabels = null;

        DroppedTarget.create = function(properties) {
            return new DroppedTarget(properties);
        };

        DroppedTarget.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels"))
                $root.thanos.ZLabelSet.encode(message.discoveredLabels, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DroppedTarget.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        DroppedTarget.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.thanos.DroppedTarget();
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
                        message.discoveredLabels = $root.thanos.ZLabelSet.decode(reader, reader.size(), $undefined, _depth + 1, message.discoveredLabels);
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

        DroppedTarget.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        DroppedTarget.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels")) {
                let error = $root.thanos.ZLabelSet.verify(message.discoveredLabels, _depth + 1);
                if (error)
                    return "discoveredLabels." + error;
            }
            return null;
        };

        DroppedTarget.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.DroppedTarget)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.DroppedTarget: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.DroppedTarget();
            if (object.discoveredLabels != null) {
                if (!$util.isObject(object.discoveredLabels))
                    throw $TypeError(".thanos.DroppedTarget.discoveredLabels: object expected");
                message.discoveredLabels = $root.thanos.ZLabelSet.fromObject(object.discoveredLabels, _depth + 1);
            }
            return message;
        };

        DroppedTarget.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.discoveredLabels = null;
            if (message.discoveredLabels != null && $Object.hasOwnProperty.call(message, "discoveredLabels"))
                object.discoveredLabels = $root.thanos.ZLabelSet.toObject(message.discoveredLabels, options, _depth + 1);
            return object;
        };

        DroppedTarget.prototype.toJSON = function() {
            return DroppedTarget.toObject(this, $protobuf.util.toJSONOptions);
        };

        DroppedTarget.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.DroppedTarget";
        };

        return DroppedTarget;
    })();

    return thanos;
})();

export const grpc = $root.grpc = (() => {

    const grpc = {};

    grpc.health = (function() {

        const health = {};

        health.v1 = (function() {

            const v1 = {};

            v1.HealthCheckRequest = (function() {

                const HealthCheckRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HealthCheckRequest.prototype.service = "";

                HealthCheckRequest.create = function(properties) {
                    return new HealthCheckRequest(properties);
                };

                HealthCheckRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                        writer.uint32(10).string(message.service);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HealthCheckRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                HealthCheckRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.grpc.health.v1.HealthCheckRequest();
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
                                    message.service = value;
                                else
                                    delete message.service;
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

                HealthCheckRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                HealthCheckRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        if (!$util.isString(message.service))
                            return "service: string expected";
                    return null;
                };

                HealthCheckRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckRequest();
                    if (object.service != null)
                        if (typeof object.service !== "string" || object.service.length)
                            message.service = $String(object.service);
                    return message;
                };

                HealthCheckRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.service = "";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        object.service = message.service;
                    return object;
                };

                HealthCheckRequest.prototype.toJSON = function() {
                    return HealthCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthCheckRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckRequest";
                };

                return HealthCheckRequest;
            })();

            v1.HealthCheckResponse = (function() {

                const HealthCheckResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HealthCheckResponse.prototype.status = 0;

                HealthCheckResponse.create = function(properties) {
                    return new HealthCheckResponse(properties);
                };

                HealthCheckResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(8).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HealthCheckResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                HealthCheckResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.grpc.health.v1.HealthCheckResponse();
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
                                    message.status = value;
                                else
                                    delete message.status;
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

                HealthCheckResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                HealthCheckResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    return null;
                };

                HealthCheckResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckResponse();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.grpc.health.v1.HealthCheckResponse.ServingStatus[object.status] !== 0))
                        switch (object.status) {
                        case "UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "SERVING":
                        case 1:
                            message.status = 1;
                            break;
                        case "NOT_SERVING":
                        case 2:
                            message.status = 2;
                            break;
                        case "SERVICE_UNKNOWN":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    return message;
                };

                HealthCheckResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = options.enums === $String ? "UNKNOWN" : 0;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] === $undefined ? message.status : $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] : message.status;
                    return object;
                };

                HealthCheckResponse.prototype.toJSON = function() {
                    return HealthCheckResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthCheckResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckResponse";
                };

                HealthCheckResponse.ServingStatus = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SERVING"] = 1;
                    values[valuesById[2] = "NOT_SERVING"] = 2;
                    values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
                    return values;
                })();

                return HealthCheckResponse;
            })();

            v1.HealthListRequest = (function() {

                const HealthListRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HealthListRequest.create = function(properties) {
                    return new HealthListRequest(properties);
                };

                HealthListRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HealthListRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                HealthListRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.grpc.health.v1.HealthListRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                HealthListRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                HealthListRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                HealthListRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthListRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthListRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.grpc.health.v1.HealthListRequest();
                };

                HealthListRequest.toObject = function () {
                    return {};
                };

                HealthListRequest.prototype.toJSON = function() {
                    return HealthListRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthListRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthListRequest";
                };

                return HealthListRequest;
            })();

            v1.HealthListResponse = (function() {

                const HealthListResponse = function (properties) {
                    this.statuses = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                HealthListResponse.prototype.statuses = $util.emptyObject;

                HealthListResponse.create = function(properties) {
                    return new HealthListResponse(properties);
                };

                HealthListResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statuses != null && $Object.hasOwnProperty.call(message, "statuses"))
                        for (let keys = $Object.keys(message.statuses), i = 0; i < keys.length; ++i) {
                            writer.uint32(10).fork().uint32(10).string(keys[i]);
                            $root.grpc.health.v1.HealthCheckResponse.encode(message.statuses[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                        }
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                HealthListResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                HealthListResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthListResponse();
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
                                if (message.statuses === $util.emptyObject)
                                    message.statuses = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = null;
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = $root.grpc.health.v1.HealthCheckResponse.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.statuses, key);
                                message.statuses[key] = value || new $root.grpc.health.v1.HealthCheckResponse();
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

                HealthListResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                HealthListResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.statuses != null && $Object.hasOwnProperty.call(message, "statuses")) {
                        if (!$util.isObject(message.statuses))
                            return "statuses: object expected";
                        let key = $Object.keys(message.statuses);
                        for (let i = 0; i < key.length; ++i) {
                            let error = $root.grpc.health.v1.HealthCheckResponse.verify(message.statuses[key[i]], _depth + 1);
                            if (error)
                                return "statuses." + error;
                        }
                    }
                    return null;
                };

                HealthListResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthListResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthListResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthListResponse();
                    if (object.statuses) {
                        if (!$util.isObject(object.statuses))
                            throw $TypeError(".grpc.health.v1.HealthListResponse.statuses: object expected");
                        message.statuses = {};
                        for (let keys = $Object.keys(object.statuses), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.statuses, keys[i]);
                            if (!$util.isObject(object.statuses[keys[i]]))
                                throw $TypeError(".grpc.health.v1.HealthListResponse.statuses: object expected");
                            message.statuses[keys[i]] = $root.grpc.health.v1.HealthCheckResponse.fromObject(object.statuses[keys[i]], _depth + 1);
                        }
                    }
                    return message;
                };

                HealthListResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.objects || options.defaults)
                        object.statuses = {};
                    let keys2;
                    if (message.statuses && (keys2 = $Object.keys(message.statuses)).length) {
                        object.statuses = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.statuses, keys2[j]);
                            object.statuses[keys2[j]] = $root.grpc.health.v1.HealthCheckResponse.toObject(message.statuses[keys2[j]], options, _depth + 1);
                        }
                    }
                    return object;
                };

                HealthListResponse.prototype.toJSON = function() {
                    return HealthListResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                HealthListResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthListResponse";
                };

                return HealthListResponse;
            })();

            return v1;
        })();

        return health;
    })();

    return grpc;
})();

export const hintspb = $root.hintspb = (() => {

    const hintspb = {};

    hintspb.SeriesRequestHints = (function() {

        const SeriesRequestHints = function (properties) {
            this.blockMatchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesRequestHints.prototype.blockMatchers = $util.emptyArray;
        SeriesRequestHints.prototype.enableQueryStats = false;

        SeriesRequestHints.create = function(properties) {
            return new SeriesRequestHints(properties);
        };

        SeriesRequestHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blockMatchers != null && message.blockMatchers.length)
                for (let i = 0; i < message.blockMatchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.blockMatchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.enableQueryStats != null && $Object.hasOwnProperty.call(message, "enableQueryStats") && message.enableQueryStats !== false)
                writer.uint32(16).bool(message.enableQueryStats);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesRequestHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SeriesRequestHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.SeriesRequestHints();
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
                        if (!(message.blockMatchers && message.blockMatchers.length))
                            message.blockMatchers = [];
                        message.blockMatchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.enableQueryStats = value;
                        else
                            delete message.enableQueryStats;
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

        SeriesRequestHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SeriesRequestHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.blockMatchers != null && $Object.hasOwnProperty.call(message, "blockMatchers")) {
                if (!$Array.isArray(message.blockMatchers))
                    return "blockMatchers: array expected";
                for (let i = 0; i < message.blockMatchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.blockMatchers[i], _depth + 1);
                    if (error)
                        return "blockMatchers." + error;
                }
            }
            if (message.enableQueryStats != null && $Object.hasOwnProperty.call(message, "enableQueryStats"))
                if (typeof message.enableQueryStats !== "boolean")
                    return "enableQueryStats: boolean expected";
            return null;
        };

        SeriesRequestHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.SeriesRequestHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.SeriesRequestHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.SeriesRequestHints();
            if (object.blockMatchers) {
                if (!$Array.isArray(object.blockMatchers))
                    throw $TypeError(".hintspb.SeriesRequestHints.blockMatchers: array expected");
                message.blockMatchers = $Array(object.blockMatchers.length);
                for (let i = 0; i < object.blockMatchers.length; ++i) {
                    if (!$util.isObject(object.blockMatchers[i]))
                        throw $TypeError(".hintspb.SeriesRequestHints.blockMatchers: object expected");
                    message.blockMatchers[i] = $root.thanos.LabelMatcher.fromObject(object.blockMatchers[i], _depth + 1);
                }
            }
            if (object.enableQueryStats != null)
                if (object.enableQueryStats)
                    message.enableQueryStats = $Boolean(object.enableQueryStats);
            return message;
        };

        SeriesRequestHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.blockMatchers = [];
            if (options.defaults)
                object.enableQueryStats = false;
            if (message.blockMatchers && message.blockMatchers.length) {
                object.blockMatchers = $Array(message.blockMatchers.length);
                for (let j = 0; j < message.blockMatchers.length; ++j)
                    object.blockMatchers[j] = $root.thanos.LabelMatcher.toObject(message.blockMatchers[j], options, _depth + 1);
            }
            if (message.enableQueryStats != null && $Object.hasOwnProperty.call(message, "enableQueryStats"))
                object.enableQueryStats = message.enableQueryStats;
            return object;
        };

        SeriesRequestHints.prototype.toJSON = function() {
            return SeriesRequestHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesRequestHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.SeriesRequestHints";
        };

        return SeriesRequestHints;
    })();

    hintspb.SeriesResponseHints = (function() {

        const SeriesResponseHints = function (properties) {
            this.queriedBlocks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesResponseHints.prototype.queriedBlocks = $util.emptyArray;
        SeriesResponseHints.prototype.queryStats = null;

        SeriesResponseHints.create = function(properties) {
            return new SeriesResponseHints(properties);
        };

        SeriesResponseHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queriedBlocks != null && message.queriedBlocks.length)
                for (let i = 0; i < message.queriedBlocks.length; ++i)
                    $root.hintspb.Block.encode(message.queriedBlocks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.queryStats != null && $Object.hasOwnProperty.call(message, "queryStats"))
                $root.hintspb.QueryStats.encode(message.queryStats, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesResponseHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        SeriesResponseHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.SeriesResponseHints();
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
                        if (!(message.queriedBlocks && message.queriedBlocks.length))
                            message.queriedBlocks = [];
                        message.queriedBlocks.push($root.hintspb.Block.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.queryStats = $root.hintspb.QueryStats.decode(reader, reader.size(), $undefined, _depth + 1, message.queryStats);
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

        SeriesResponseHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        SeriesResponseHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.queriedBlocks != null && $Object.hasOwnProperty.call(message, "queriedBlocks")) {
                if (!$Array.isArray(message.queriedBlocks))
                    return "queriedBlocks: array expected";
                for (let i = 0; i < message.queriedBlocks.length; ++i) {
                    let error = $root.hintspb.Block.verify(message.queriedBlocks[i], _depth + 1);
                    if (error)
                        return "queriedBlocks." + error;
                }
            }
            if (message.queryStats != null && $Object.hasOwnProperty.call(message, "queryStats")) {
                let error = $root.hintspb.QueryStats.verify(message.queryStats, _depth + 1);
                if (error)
                    return "queryStats." + error;
            }
            return null;
        };

        SeriesResponseHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.SeriesResponseHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.SeriesResponseHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.SeriesResponseHints();
            if (object.queriedBlocks) {
                if (!$Array.isArray(object.queriedBlocks))
                    throw $TypeError(".hintspb.SeriesResponseHints.queriedBlocks: array expected");
                message.queriedBlocks = $Array(object.queriedBlocks.length);
                for (let i = 0; i < object.queriedBlocks.length; ++i) {
                    if (!$util.isObject(object.queriedBlocks[i]))
                        throw $TypeError(".hintspb.SeriesResponseHints.queriedBlocks: object expected");
                    message.queriedBlocks[i] = $root.hintspb.Block.fromObject(object.queriedBlocks[i], _depth + 1);
                }
            }
            if (object.queryStats != null) {
                if (!$util.isObject(object.queryStats))
                    throw $TypeError(".hintspb.SeriesResponseHints.queryStats: object expected");
                message.queryStats = $root.hintspb.QueryStats.fromObject(object.queryStats, _depth + 1);
            }
            return message;
        };

        SeriesResponseHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.queriedBlocks = [];
            if (options.defaults)
                object.queryStats = null;
            if (message.queriedBlocks && message.queriedBlocks.length) {
                object.queriedBlocks = $Array(message.queriedBlocks.length);
                for (let j = 0; j < message.queriedBlocks.length; ++j)
                    object.queriedBlocks[j] = $root.hintspb.Block.toObject(message.queriedBlocks[j], options, _depth + 1);
            }
            if (message.queryStats != null && $Object.hasOwnProperty.call(message, "queryStats"))
                object.queryStats = $root.hintspb.QueryStats.toObject(message.queryStats, options, _depth + 1);
            return object;
        };

        SeriesResponseHints.prototype.toJSON = function() {
            return SeriesResponseHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesResponseHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.SeriesResponseHints";
        };

        return SeriesResponseHints;
    })();

    hintspb.Block = (function() {

        const Block = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Block.prototype.id = "";

        Block.create = function(properties) {
            return new Block(properties);
        };

        Block.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(10).string(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Block.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        Block.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.Block();
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
                            message.id = value;
                        else
                            delete message.id;
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

        Block.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        Block.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isString(message.id))
                    return "id: string expected";
            return null;
        };

        Block.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.Block)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.Block: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.Block();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            return message;
        };

        Block.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.id = "";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            return object;
        };

        Block.prototype.toJSON = function() {
            return Block.toObject(this, $protobuf.util.toJSONOptions);
        };

        Block.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.Block";
        };

        return Block;
    })();

    hintspb.LabelNamesRequestHints = (function() {

        const LabelNamesRequestHints = function (properties) {
            this.blockMatchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesRequestHints.prototype.blockMatchers = $util.emptyArray;

        LabelNamesRequestHints.create = function(properties) {
            return new LabelNamesRequestHints(properties);
        };

        LabelNamesRequestHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blockMatchers != null && message.blockMatchers.length)
                for (let i = 0; i < message.blockMatchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.blockMatchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesRequestHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelNamesRequestHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.LabelNamesRequestHints();
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
                        if (!(message.blockMatchers && message.blockMatchers.length))
                            message.blockMatchers = [];
                        message.blockMatchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
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

        LabelNamesRequestHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelNamesRequestHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.blockMatchers != null && $Object.hasOwnProperty.call(message, "blockMatchers")) {
                if (!$Array.isArray(message.blockMatchers))
                    return "blockMatchers: array expected";
                for (let i = 0; i < message.blockMatchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.blockMatchers[i], _depth + 1);
                    if (error)
                        return "blockMatchers." + error;
                }
            }
            return null;
        };

        LabelNamesRequestHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.LabelNamesRequestHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.LabelNamesRequestHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.LabelNamesRequestHints();
            if (object.blockMatchers) {
                if (!$Array.isArray(object.blockMatchers))
                    throw $TypeError(".hintspb.LabelNamesRequestHints.blockMatchers: array expected");
                message.blockMatchers = $Array(object.blockMatchers.length);
                for (let i = 0; i < object.blockMatchers.length; ++i) {
                    if (!$util.isObject(object.blockMatchers[i]))
                        throw $TypeError(".hintspb.LabelNamesRequestHints.blockMatchers: object expected");
                    message.blockMatchers[i] = $root.thanos.LabelMatcher.fromObject(object.blockMatchers[i], _depth + 1);
                }
            }
            return message;
        };

        LabelNamesRequestHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.blockMatchers = [];
            if (message.blockMatchers && message.blockMatchers.length) {
                object.blockMatchers = $Array(message.blockMatchers.length);
                for (let j = 0; j < message.blockMatchers.length; ++j)
                    object.blockMatchers[j] = $root.thanos.LabelMatcher.toObject(message.blockMatchers[j], options, _depth + 1);
            }
            return object;
        };

        LabelNamesRequestHints.prototype.toJSON = function() {
            return LabelNamesRequestHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesRequestHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.LabelNamesRequestHints";
        };

        return LabelNamesRequestHints;
    })();

    hintspb.LabelNamesResponseHints = (function() {

        const LabelNamesResponseHints = function (properties) {
            this.queriedBlocks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesResponseHints.prototype.queriedBlocks = $util.emptyArray;

        LabelNamesResponseHints.create = function(properties) {
            return new LabelNamesResponseHints(properties);
        };

        LabelNamesResponseHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queriedBlocks != null && message.queriedBlocks.length)
                for (let i = 0; i < message.queriedBlocks.length; ++i)
                    $root.hintspb.Block.encode(message.queriedBlocks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesResponseHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelNamesResponseHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.LabelNamesResponseHints();
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
                        if (!(message.queriedBlocks && message.queriedBlocks.length))
                            message.queriedBlocks = [];
                        message.queriedBlocks.push($root.hintspb.Block.decode(reader, reader.size(), $undefined, _depth + 1));
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

        LabelNamesResponseHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelNamesResponseHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.queriedBlocks != null && $Object.hasOwnProperty.call(message, "queriedBlocks")) {
                if (!$Array.isArray(message.queriedBlocks))
                    return "queriedBlocks: array expected";
                for (let i = 0; i < message.queriedBlocks.length; ++i) {
                    let error = $root.hintspb.Block.verify(message.queriedBlocks[i], _depth + 1);
                    if (error)
                        return "queriedBlocks." + error;
                }
            }
            return null;
        };

        LabelNamesResponseHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.LabelNamesResponseHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.LabelNamesResponseHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.LabelNamesResponseHints();
            if (object.queriedBlocks) {
                if (!$Array.isArray(object.queriedBlocks))
                    throw $TypeError(".hintspb.LabelNamesResponseHints.queriedBlocks: array expected");
                message.queriedBlocks = $Array(object.queriedBlocks.length);
                for (let i = 0; i < object.queriedBlocks.length; ++i) {
                    if (!$util.isObject(object.queriedBlocks[i]))
                        throw $TypeError(".hintspb.LabelNamesResponseHints.queriedBlocks: object expected");
                    message.queriedBlocks[i] = $root.hintspb.Block.fromObject(object.queriedBlocks[i], _depth + 1);
                }
            }
            return message;
        };

        LabelNamesResponseHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.queriedBlocks = [];
            if (message.queriedBlocks && message.queriedBlocks.length) {
                object.queriedBlocks = $Array(message.queriedBlocks.length);
                for (let j = 0; j < message.queriedBlocks.length; ++j)
                    object.queriedBlocks[j] = $root.hintspb.Block.toObject(message.queriedBlocks[j], options, _depth + 1);
            }
            return object;
        };

        LabelNamesResponseHints.prototype.toJSON = function() {
            return LabelNamesResponseHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesResponseHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.LabelNamesResponseHints";
        };

        return LabelNamesResponseHints;
    })();

    hintspb.LabelValuesRequestHints = (function() {

        const LabelValuesRequestHints = function (properties) {
            this.blockMatchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesRequestHints.prototype.blockMatchers = $util.emptyArray;

        LabelValuesRequestHints.create = function(properties) {
            return new LabelValuesRequestHints(properties);
        };

        LabelValuesRequestHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blockMatchers != null && message.blockMatchers.length)
                for (let i = 0; i < message.blockMatchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.blockMatchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesRequestHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelValuesRequestHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.LabelValuesRequestHints();
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
                        if (!(message.blockMatchers && message.blockMatchers.length))
                            message.blockMatchers = [];
                        message.blockMatchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
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

        LabelValuesRequestHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelValuesRequestHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.blockMatchers != null && $Object.hasOwnProperty.call(message, "blockMatchers")) {
                if (!$Array.isArray(message.blockMatchers))
                    return "blockMatchers: array expected";
                for (let i = 0; i < message.blockMatchers.length; ++i) {
                    let error = $root.thanos.LabelMatcher.verify(message.blockMatchers[i], _depth + 1);
                    if (error)
                        return "blockMatchers." + error;
                }
            }
            return null;
        };

        LabelValuesRequestHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.LabelValuesRequestHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.LabelValuesRequestHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.LabelValuesRequestHints();
            if (object.blockMatchers) {
                if (!$Array.isArray(object.blockMatchers))
                    throw $TypeError(".hintspb.LabelValuesRequestHints.blockMatchers: array expected");
                message.blockMatchers = $Array(object.blockMatchers.length);
                for (let i = 0; i < object.blockMatchers.length; ++i) {
                    if (!$util.isObject(object.blockMatchers[i]))
                        throw $TypeError(".hintspb.LabelValuesRequestHints.blockMatchers: object expected");
                    message.blockMatchers[i] = $root.thanos.LabelMatcher.fromObject(object.blockMatchers[i], _depth + 1);
                }
            }
            return message;
        };

        LabelValuesRequestHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.blockMatchers = [];
            if (message.blockMatchers && message.blockMatchers.length) {
                object.blockMatchers = $Array(message.blockMatchers.length);
                for (let j = 0; j < message.blockMatchers.length; ++j)
                    object.blockMatchers[j] = $root.thanos.LabelMatcher.toObject(message.blockMatchers[j], options, _depth + 1);
            }
            return object;
        };

        LabelValuesRequestHints.prototype.toJSON = function() {
            return LabelValuesRequestHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesRequestHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.LabelValuesRequestHints";
        };

        return LabelValuesRequestHints;
    })();

    hintspb.LabelValuesResponseHints = (function() {

        const LabelValuesResponseHints = function (properties) {
            this.queriedBlocks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesResponseHints.prototype.queriedBlocks = $util.emptyArray;

        LabelValuesResponseHints.create = function(properties) {
            return new LabelValuesResponseHints(properties);
        };

        LabelValuesResponseHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queriedBlocks != null && message.queriedBlocks.length)
                for (let i = 0; i < message.queriedBlocks.length; ++i)
                    $root.hintspb.Block.encode(message.queriedBlocks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesResponseHints.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        LabelValuesResponseHints.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.LabelValuesResponseHints();
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
                        if (!(message.queriedBlocks && message.queriedBlocks.length))
                            message.queriedBlocks = [];
                        message.queriedBlocks.push($root.hintspb.Block.decode(reader, reader.size(), $undefined, _depth + 1));
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

        LabelValuesResponseHints.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        LabelValuesResponseHints.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.queriedBlocks != null && $Object.hasOwnProperty.call(message, "queriedBlocks")) {
                if (!$Array.isArray(message.queriedBlocks))
                    return "queriedBlocks: array expected";
                for (let i = 0; i < message.queriedBlocks.length; ++i) {
                    let error = $root.hintspb.Block.verify(message.queriedBlocks[i], _depth + 1);
                    if (error)
                        return "queriedBlocks." + error;
                }
            }
            return null;
        };

        LabelValuesResponseHints.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.LabelValuesResponseHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.LabelValuesResponseHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.LabelValuesResponseHints();
            if (object.queriedBlocks) {
                if (!$Array.isArray(object.queriedBlocks))
                    throw $TypeError(".hintspb.LabelValuesResponseHints.queriedBlocks: array expected");
                message.queriedBlocks = $Array(object.queriedBlocks.length);
                for (let i = 0; i < object.queriedBlocks.length; ++i) {
                    if (!$util.isObject(object.queriedBlocks[i]))
                        throw $TypeError(".hintspb.LabelValuesResponseHints.queriedBlocks: object expected");
                    message.queriedBlocks[i] = $root.hintspb.Block.fromObject(object.queriedBlocks[i], _depth + 1);
                }
            }
            return message;
        };

        LabelValuesResponseHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.queriedBlocks = [];
            if (message.queriedBlocks && message.queriedBlocks.length) {
                object.queriedBlocks = $Array(message.queriedBlocks.length);
                for (let j = 0; j < message.queriedBlocks.length; ++j)
                    object.queriedBlocks[j] = $root.hintspb.Block.toObject(message.queriedBlocks[j], options, _depth + 1);
            }
            return object;
        };

        LabelValuesResponseHints.prototype.toJSON = function() {
            return LabelValuesResponseHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesResponseHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.LabelValuesResponseHints";
        };

        return LabelValuesResponseHints;
    })();

    hintspb.QueryStats = (function() {

        const QueryStats = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryStats.prototype.blocksQueried = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.mergedSeriesCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.mergedChunksCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsTouched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsTouchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsToFetch = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsFetched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsFetchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.postingsFetchCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.seriesTouched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.seriesTouchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.seriesFetched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.seriesFetchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.seriesFetchCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.chunksTouched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.chunksTouchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.chunksFetched = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.chunksFetchedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.chunksFetchCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.dataDownloadedSizeSum = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryStats.prototype.getAllDuration = null;
        QueryStats.prototype.mergeDuration = null;

        QueryStats.create = function(properties) {
            return new QueryStats(properties);
        };

        QueryStats.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blocksQueried != null && $Object.hasOwnProperty.call(message, "blocksQueried") && (typeof message.blocksQueried === "object" ? message.blocksQueried.low || message.blocksQueried.high : message.blocksQueried !== 0))
                writer.uint32(8).int64(message.blocksQueried);
            if (message.mergedSeriesCount != null && $Object.hasOwnProperty.call(message, "mergedSeriesCount") && (typeof message.mergedSeriesCount === "object" ? message.mergedSeriesCount.low || message.mergedSeriesCount.high : message.mergedSeriesCount !== 0))
                writer.uint32(16).int64(message.mergedSeriesCount);
            if (message.mergedChunksCount != null && $Object.hasOwnProperty.call(message, "mergedChunksCount") && (typeof message.mergedChunksCount === "object" ? message.mergedChunksCount.low || message.mergedChunksCount.high : message.mergedChunksCount !== 0))
                writer.uint32(24).int64(message.mergedChunksCount);
            if (message.postingsTouched != null && $Object.hasOwnProperty.call(message, "postingsTouched") && (typeof message.postingsTouched === "object" ? message.postingsTouched.low || message.postingsTouched.high : message.postingsTouched !== 0))
                writer.uint32(32).int64(message.postingsTouched);
            if (message.postingsTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsTouchedSizeSum") && (typeof message.postingsTouchedSizeSum === "object" ? message.postingsTouchedSizeSum.low || message.postingsTouchedSizeSum.high : message.postingsTouchedSizeSum !== 0))
                writer.uint32(40).int64(message.postingsTouchedSizeSum);
            if (message.postingsToFetch != null && $Object.hasOwnProperty.call(message, "postingsToFetch") && (typeof message.postingsToFetch === "object" ? message.postingsToFetch.low || message.postingsToFetch.high : message.postingsToFetch !== 0))
                writer.uint32(48).int64(message.postingsToFetch);
            if (message.postingsFetched != null && $Object.hasOwnProperty.call(message, "postingsFetched") && (typeof message.postingsFetched === "object" ? message.postingsFetched.low || message.postingsFetched.high : message.postingsFetched !== 0))
                writer.uint32(56).int64(message.postingsFetched);
            if (message.postingsFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsFetchedSizeSum") && (typeof message.postingsFetchedSizeSum === "object" ? message.postingsFetchedSizeSum.low || message.postingsFetchedSizeSum.high : message.postingsFetchedSizeSum !== 0))
                writer.uint32(64).int64(message.postingsFetchedSizeSum);
            if (message.postingsFetchCount != null && $Object.hasOwnProperty.call(message, "postingsFetchCount") && (typeof message.postingsFetchCount === "object" ? message.postingsFetchCount.low || message.postingsFetchCount.high : message.postingsFetchCount !== 0))
                writer.uint32(72).int64(message.postingsFetchCount);
            if (message.seriesTouched != null && $Object.hasOwnProperty.call(message, "seriesTouched") && (typeof message.seriesTouched === "object" ? message.seriesTouched.low || message.seriesTouched.high : message.seriesTouched !== 0))
                writer.uint32(80).int64(message.seriesTouched);
            if (message.seriesTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesTouchedSizeSum") && (typeof message.seriesTouchedSizeSum === "object" ? message.seriesTouchedSizeSum.low || message.seriesTouchedSizeSum.high : message.seriesTouchedSizeSum !== 0))
                writer.uint32(88).int64(message.seriesTouchedSizeSum);
            if (message.seriesFetched != null && $Object.hasOwnProperty.call(message, "seriesFetched") && (typeof message.seriesFetched === "object" ? message.seriesFetched.low || message.seriesFetched.high : message.seriesFetched !== 0))
                writer.uint32(96).int64(message.seriesFetched);
            if (message.seriesFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesFetchedSizeSum") && (typeof message.seriesFetchedSizeSum === "object" ? message.seriesFetchedSizeSum.low || message.seriesFetchedSizeSum.high : message.seriesFetchedSizeSum !== 0))
                writer.uint32(104).int64(message.seriesFetchedSizeSum);
            if (message.seriesFetchCount != null && $Object.hasOwnProperty.call(message, "seriesFetchCount") && (typeof message.seriesFetchCount === "object" ? message.seriesFetchCount.low || message.seriesFetchCount.high : message.seriesFetchCount !== 0))
                writer.uint32(112).int64(message.seriesFetchCount);
            if (message.chunksTouched != null && $Object.hasOwnProperty.call(message, "chunksTouched") && (typeof message.chunksTouched === "object" ? message.chunksTouched.low || message.chunksTouched.high : message.chunksTouched !== 0))
                writer.uint32(120).int64(message.chunksTouched);
            if (message.chunksTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksTouchedSizeSum") && (typeof message.chunksTouchedSizeSum === "object" ? message.chunksTouchedSizeSum.low || message.chunksTouchedSizeSum.high : message.chunksTouchedSizeSum !== 0))
                writer.uint32(128).int64(message.chunksTouchedSizeSum);
            if (message.chunksFetched != null && $Object.hasOwnProperty.call(message, "chunksFetched") && (typeof message.chunksFetched === "object" ? message.chunksFetched.low || message.chunksFetched.high : message.chunksFetched !== 0))
                writer.uint32(136).int64(message.chunksFetched);
            if (message.chunksFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksFetchedSizeSum") && (typeof message.chunksFetchedSizeSum === "object" ? message.chunksFetchedSizeSum.low || message.chunksFetchedSizeSum.high : message.chunksFetchedSizeSum !== 0))
                writer.uint32(144).int64(message.chunksFetchedSizeSum);
            if (message.chunksFetchCount != null && $Object.hasOwnProperty.call(message, "chunksFetchCount") && (typeof message.chunksFetchCount === "object" ? message.chunksFetchCount.low || message.chunksFetchCount.high : message.chunksFetchCount !== 0))
                writer.uint32(152).int64(message.chunksFetchCount);
            if (message.dataDownloadedSizeSum != null && $Object.hasOwnProperty.call(message, "dataDownloadedSizeSum") && (typeof message.dataDownloadedSizeSum === "object" ? message.dataDownloadedSizeSum.low || message.dataDownloadedSizeSum.high : message.dataDownloadedSizeSum !== 0))
                writer.uint32(160).int64(message.dataDownloadedSizeSum);
            if (message.getAllDuration != null && $Object.hasOwnProperty.call(message, "getAllDuration"))
                $root.google.protobuf.Duration.encode(message.getAllDuration, writer.uint32(170).fork(), _depth + 1).ldelim();
            if (message.mergeDuration != null && $Object.hasOwnProperty.call(message, "mergeDuration"))
                $root.google.protobuf.Duration.encode(message.mergeDuration, writer.uint32(178).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryStats.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        QueryStats.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.hintspb.QueryStats();
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
                            message.blocksQueried = value;
                        else
                            delete message.blocksQueried;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.mergedSeriesCount = value;
                        else
                            delete message.mergedSeriesCount;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.mergedChunksCount = value;
                        else
                            delete message.mergedChunksCount;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsTouched = value;
                        else
                            delete message.postingsTouched;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsTouchedSizeSum = value;
                        else
                            delete message.postingsTouchedSizeSum;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsToFetch = value;
                        else
                            delete message.postingsToFetch;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsFetched = value;
                        else
                            delete message.postingsFetched;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsFetchedSizeSum = value;
                        else
                            delete message.postingsFetchedSizeSum;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.postingsFetchCount = value;
                        else
                            delete message.postingsFetchCount;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesTouched = value;
                        else
                            delete message.seriesTouched;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesTouchedSizeSum = value;
                        else
                            delete message.seriesTouchedSizeSum;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesFetched = value;
                        else
                            delete message.seriesFetched;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesFetchedSizeSum = value;
                        else
                            delete message.seriesFetchedSizeSum;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesFetchCount = value;
                        else
                            delete message.seriesFetchCount;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunksTouched = value;
                        else
                            delete message.chunksTouched;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunksTouchedSizeSum = value;
                        else
                            delete message.chunksTouchedSizeSum;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunksFetched = value;
                        else
                            delete message.chunksFetched;
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunksFetchedSizeSum = value;
                        else
                            delete message.chunksFetchedSizeSum;
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunksFetchCount = value;
                        else
                            delete message.chunksFetchCount;
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.dataDownloadedSizeSum = value;
                        else
                            delete message.dataDownloadedSizeSum;
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.getAllDuration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.getAllDuration);
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.mergeDuration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.mergeDuration);
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

        QueryStats.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        QueryStats.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.blocksQueried != null && $Object.hasOwnProperty.call(message, "blocksQueried"))
                if (!$util.isInteger(message.blocksQueried) && !(message.blocksQueried && $util.isInteger(message.blocksQueried.low) && $util.isInteger(message.blocksQueried.high)))
                    return "blocksQueried: integer|Long expected";
            if (message.mergedSeriesCount != null && $Object.hasOwnProperty.call(message, "mergedSeriesCount"))
                if (!$util.isInteger(message.mergedSeriesCount) && !(message.mergedSeriesCount && $util.isInteger(message.mergedSeriesCount.low) && $util.isInteger(message.mergedSeriesCount.high)))
                    return "mergedSeriesCount: integer|Long expected";
            if (message.mergedChunksCount != null && $Object.hasOwnProperty.call(message, "mergedChunksCount"))
                if (!$util.isInteger(message.mergedChunksCount) && !(message.mergedChunksCount && $util.isInteger(message.mergedChunksCount.low) && $util.isInteger(message.mergedChunksCount.high)))
                    return "mergedChunksCount: integer|Long expected";
            if (message.postingsTouched != null && $Object.hasOwnProperty.call(message, "postingsTouched"))
                if (!$util.isInteger(message.postingsTouched) && !(message.postingsTouched && $util.isInteger(message.postingsTouched.low) && $util.isInteger(message.postingsTouched.high)))
                    return "postingsTouched: integer|Long expected";
            if (message.postingsTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsTouchedSizeSum"))
                if (!$util.isInteger(message.postingsTouchedSizeSum) && !(message.postingsTouchedSizeSum && $util.isInteger(message.postingsTouchedSizeSum.low) && $util.isInteger(message.postingsTouchedSizeSum.high)))
                    return "postingsTouchedSizeSum: integer|Long expected";
            if (message.postingsToFetch != null && $Object.hasOwnProperty.call(message, "postingsToFetch"))
                if (!$util.isInteger(message.postingsToFetch) && !(message.postingsToFetch && $util.isInteger(message.postingsToFetch.low) && $util.isInteger(message.postingsToFetch.high)))
                    return "postingsToFetch: integer|Long expected";
            if (message.postingsFetched != null && $Object.hasOwnProperty.call(message, "postingsFetched"))
                if (!$util.isInteger(message.postingsFetched) && !(message.postingsFetched && $util.isInteger(message.postingsFetched.low) && $util.isInteger(message.postingsFetched.high)))
                    return "postingsFetched: integer|Long expected";
            if (message.postingsFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsFetchedSizeSum"))
                if (!$util.isInteger(message.postingsFetchedSizeSum) && !(message.postingsFetchedSizeSum && $util.isInteger(message.postingsFetchedSizeSum.low) && $util.isInteger(message.postingsFetchedSizeSum.high)))
                    return "postingsFetchedSizeSum: integer|Long expected";
            if (message.postingsFetchCount != null && $Object.hasOwnProperty.call(message, "postingsFetchCount"))
                if (!$util.isInteger(message.postingsFetchCount) && !(message.postingsFetchCount && $util.isInteger(message.postingsFetchCount.low) && $util.isInteger(message.postingsFetchCount.high)))
                    return "postingsFetchCount: integer|Long expected";
            if (message.seriesTouched != null && $Object.hasOwnProperty.call(message, "seriesTouched"))
                if (!$util.isInteger(message.seriesTouched) && !(message.seriesTouched && $util.isInteger(message.seriesTouched.low) && $util.isInteger(message.seriesTouched.high)))
                    return "seriesTouched: integer|Long expected";
            if (message.seriesTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesTouchedSizeSum"))
                if (!$util.isInteger(message.seriesTouchedSizeSum) && !(message.seriesTouchedSizeSum && $util.isInteger(message.seriesTouchedSizeSum.low) && $util.isInteger(message.seriesTouchedSizeSum.high)))
                    return "seriesTouchedSizeSum: integer|Long expected";
            if (message.seriesFetched != null && $Object.hasOwnProperty.call(message, "seriesFetched"))
                if (!$util.isInteger(message.seriesFetched) && !(message.seriesFetched && $util.isInteger(message.seriesFetched.low) && $util.isInteger(message.seriesFetched.high)))
                    return "seriesFetched: integer|Long expected";
            if (message.seriesFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesFetchedSizeSum"))
                if (!$util.isInteger(message.seriesFetchedSizeSum) && !(message.seriesFetchedSizeSum && $util.isInteger(message.seriesFetchedSizeSum.low) && $util.isInteger(message.seriesFetchedSizeSum.high)))
                    return "seriesFetchedSizeSum: integer|Long expected";
            if (message.seriesFetchCount != null && $Object.hasOwnProperty.call(message, "seriesFetchCount"))
                if (!$util.isInteger(message.seriesFetchCount) && !(message.seriesFetchCount && $util.isInteger(message.seriesFetchCount.low) && $util.isInteger(message.seriesFetchCount.high)))
                    return "seriesFetchCount: integer|Long expected";
            if (message.chunksTouched != null && $Object.hasOwnProperty.call(message, "chunksTouched"))
                if (!$util.isInteger(message.chunksTouched) && !(message.chunksTouched && $util.isInteger(message.chunksTouched.low) && $util.isInteger(message.chunksTouched.high)))
                    return "chunksTouched: integer|Long expected";
            if (message.chunksTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksTouchedSizeSum"))
                if (!$util.isInteger(message.chunksTouchedSizeSum) && !(message.chunksTouchedSizeSum && $util.isInteger(message.chunksTouchedSizeSum.low) && $util.isInteger(message.chunksTouchedSizeSum.high)))
                    return "chunksTouchedSizeSum: integer|Long expected";
            if (message.chunksFetched != null && $Object.hasOwnProperty.call(message, "chunksFetched"))
                if (!$util.isInteger(message.chunksFetched) && !(message.chunksFetched && $util.isInteger(message.chunksFetched.low) && $util.isInteger(message.chunksFetched.high)))
                    return "chunksFetched: integer|Long expected";
            if (message.chunksFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksFetchedSizeSum"))
                if (!$util.isInteger(message.chunksFetchedSizeSum) && !(message.chunksFetchedSizeSum && $util.isInteger(message.chunksFetchedSizeSum.low) && $util.isInteger(message.chunksFetchedSizeSum.high)))
                    return "chunksFetchedSizeSum: integer|Long expected";
            if (message.chunksFetchCount != null && $Object.hasOwnProperty.call(message, "chunksFetchCount"))
                if (!$util.isInteger(message.chunksFetchCount) && !(message.chunksFetchCount && $util.isInteger(message.chunksFetchCount.low) && $util.isInteger(message.chunksFetchCount.high)))
                    return "chunksFetchCount: integer|Long expected";
            if (message.dataDownloadedSizeSum != null && $Object.hasOwnProperty.call(message, "dataDownloadedSizeSum"))
                if (!$util.isInteger(message.dataDownloadedSizeSum) && !(message.dataDownloadedSizeSum && $util.isInteger(message.dataDownloadedSizeSum.low) && $util.isInteger(message.dataDownloadedSizeSum.high)))
                    return "dataDownloadedSizeSum: integer|Long expected";
            if (message.getAllDuration != null && $Object.hasOwnProperty.call(message, "getAllDuration")) {
                let error = $root.google.protobuf.Duration.verify(message.getAllDuration, _depth + 1);
                if (error)
                    return "getAllDuration." + error;
            }
            if (message.mergeDuration != null && $Object.hasOwnProperty.call(message, "mergeDuration")) {
                let error = $root.google.protobuf.Duration.verify(message.mergeDuration, _depth + 1);
                if (error)
                    return "mergeDuration." + error;
            }
            return null;
        };

        QueryStats.fromObject = function (object, _depth) {
            if (object instanceof $root.hintspb.QueryStats)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".hintspb.QueryStats: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.hintspb.QueryStats();
            if (object.blocksQueried != null)
                if (typeof object.blocksQueried === "object" ? object.blocksQueried.low || object.blocksQueried.high : $Number(object.blocksQueried) !== 0)
                    if ($util.Long)
                        message.blocksQueried = $util.Long.fromValue(object.blocksQueried, false);
                    else if (typeof object.blocksQueried === "string")
                        message.blocksQueried = $parseInt(object.blocksQueried, 10);
                    else if (typeof object.blocksQueried === "number")
                        message.blocksQueried = object.blocksQueried;
                    else if (typeof object.blocksQueried === "object")
                        message.blocksQueried = new $util.LongBits(object.blocksQueried.low >>> 0, object.blocksQueried.high >>> 0).toNumber();
            if (object.mergedSeriesCount != null)
                if (typeof object.mergedSeriesCount === "object" ? object.mergedSeriesCount.low || object.mergedSeriesCount.high : $Number(object.mergedSeriesCount) !== 0)
                    if ($util.Long)
                        message.mergedSeriesCount = $util.Long.fromValue(object.mergedSeriesCount, false);
                    else if (typeof object.mergedSeriesCount === "string")
                        message.mergedSeriesCount = $parseInt(object.mergedSeriesCount, 10);
                    else if (typeof object.mergedSeriesCount === "number")
                        message.mergedSeriesCount = object.mergedSeriesCount;
                    else if (typeof object.mergedSeriesCount === "object")
                        message.mergedSeriesCount = new $util.LongBits(object.mergedSeriesCount.low >>> 0, object.mergedSeriesCount.high >>> 0).toNumber();
            if (object.mergedChunksCount != null)
                if (typeof object.mergedChunksCount === "object" ? object.mergedChunksCount.low || object.mergedChunksCount.high : $Number(object.mergedChunksCount) !== 0)
                    if ($util.Long)
                        message.mergedChunksCount = $util.Long.fromValue(object.mergedChunksCount, false);
                    else if (typeof object.mergedChunksCount === "string")
                        message.mergedChunksCount = $parseInt(object.mergedChunksCount, 10);
                    else if (typeof object.mergedChunksCount === "number")
                        message.mergedChunksCount = object.mergedChunksCount;
                    else if (typeof object.mergedChunksCount === "object")
                        message.mergedChunksCount = new $util.LongBits(object.mergedChunksCount.low >>> 0, object.mergedChunksCount.high >>> 0).toNumber();
            if (object.postingsTouched != null)
                if (typeof object.postingsTouched === "object" ? object.postingsTouched.low || object.postingsTouched.high : $Number(object.postingsTouched) !== 0)
                    if ($util.Long)
                        message.postingsTouched = $util.Long.fromValue(object.postingsTouched, false);
                    else if (typeof object.postingsTouched === "string")
                        message.postingsTouched = $parseInt(object.postingsTouched, 10);
                    else if (typeof object.postingsTouched === "number")
                        message.postingsTouched = object.postingsTouched;
                    else if (typeof object.postingsTouched === "object")
                        message.postingsTouched = new $util.LongBits(object.postingsTouched.low >>> 0, object.postingsTouched.high >>> 0).toNumber();
            if (object.postingsTouchedSizeSum != null)
                if (typeof object.postingsTouchedSizeSum === "object" ? object.postingsTouchedSizeSum.low || object.postingsTouchedSizeSum.high : $Number(object.postingsTouchedSizeSum) !== 0)
                    if ($util.Long)
                        message.postingsTouchedSizeSum = $util.Long.fromValue(object.postingsTouchedSizeSum, false);
                    else if (typeof object.postingsTouchedSizeSum === "string")
                        message.postingsTouchedSizeSum = $parseInt(object.postingsTouchedSizeSum, 10);
                    else if (typeof object.postingsTouchedSizeSum === "number")
                        message.postingsTouchedSizeSum = object.postingsTouchedSizeSum;
                    else if (typeof object.postingsTouchedSizeSum === "object")
                        message.postingsTouchedSizeSum = new $util.LongBits(object.postingsTouchedSizeSum.low >>> 0, object.postingsTouchedSizeSum.high >>> 0).toNumber();
            if (object.postingsToFetch != null)
                if (typeof object.postingsToFetch === "object" ? object.postingsToFetch.low || object.postingsToFetch.high : $Number(object.postingsToFetch) !== 0)
                    if ($util.Long)
                        message.postingsToFetch = $util.Long.fromValue(object.postingsToFetch, false);
                    else if (typeof object.postingsToFetch === "string")
                        message.postingsToFetch = $parseInt(object.postingsToFetch, 10);
                    else if (typeof object.postingsToFetch === "number")
                        message.postingsToFetch = object.postingsToFetch;
                    else if (typeof object.postingsToFetch === "object")
                        message.postingsToFetch = new $util.LongBits(object.postingsToFetch.low >>> 0, object.postingsToFetch.high >>> 0).toNumber();
            if (object.postingsFetched != null)
                if (typeof object.postingsFetched === "object" ? object.postingsFetched.low || object.postingsFetched.high : $Number(object.postingsFetched) !== 0)
                    if ($util.Long)
                        message.postingsFetched = $util.Long.fromValue(object.postingsFetched, false);
                    else if (typeof object.postingsFetched === "string")
                        message.postingsFetched = $parseInt(object.postingsFetched, 10);
                    else if (typeof object.postingsFetched === "number")
                        message.postingsFetched = object.postingsFetched;
                    else if (typeof object.postingsFetched === "object")
                        message.postingsFetched = new $util.LongBits(object.postingsFetched.low >>> 0, object.postingsFetched.high >>> 0).toNumber();
            if (object.postingsFetchedSizeSum != null)
                if (typeof object.postingsFetchedSizeSum === "object" ? object.postingsFetchedSizeSum.low || object.postingsFetchedSizeSum.high : $Number(object.postingsFetchedSizeSum) !== 0)
                    if ($util.Long)
                        message.postingsFetchedSizeSum = $util.Long.fromValue(object.postingsFetchedSizeSum, false);
                    else if (typeof object.postingsFetchedSizeSum === "string")
                        message.postingsFetchedSizeSum = $parseInt(object.postingsFetchedSizeSum, 10);
                    else if (typeof object.postingsFetchedSizeSum === "number")
                        message.postingsFetchedSizeSum = object.postingsFetchedSizeSum;
                    else if (typeof object.postingsFetchedSizeSum === "object")
                        message.postingsFetchedSizeSum = new $util.LongBits(object.postingsFetchedSizeSum.low >>> 0, object.postingsFetchedSizeSum.high >>> 0).toNumber();
            if (object.postingsFetchCount != null)
                if (typeof object.postingsFetchCount === "object" ? object.postingsFetchCount.low || object.postingsFetchCount.high : $Number(object.postingsFetchCount) !== 0)
                    if ($util.Long)
                        message.postingsFetchCount = $util.Long.fromValue(object.postingsFetchCount, false);
                    else if (typeof object.postingsFetchCount === "string")
                        message.postingsFetchCount = $parseInt(object.postingsFetchCount, 10);
                    else if (typeof object.postingsFetchCount === "number")
                        message.postingsFetchCount = object.postingsFetchCount;
                    else if (typeof object.postingsFetchCount === "object")
                        message.postingsFetchCount = new $util.LongBits(object.postingsFetchCount.low >>> 0, object.postingsFetchCount.high >>> 0).toNumber();
            if (object.seriesTouched != null)
                if (typeof object.seriesTouched === "object" ? object.seriesTouched.low || object.seriesTouched.high : $Number(object.seriesTouched) !== 0)
                    if ($util.Long)
                        message.seriesTouched = $util.Long.fromValue(object.seriesTouched, false);
                    else if (typeof object.seriesTouched === "string")
                        message.seriesTouched = $parseInt(object.seriesTouched, 10);
                    else if (typeof object.seriesTouched === "number")
                        message.seriesTouched = object.seriesTouched;
                    else if (typeof object.seriesTouched === "object")
                        message.seriesTouched = new $util.LongBits(object.seriesTouched.low >>> 0, object.seriesTouched.high >>> 0).toNumber();
            if (object.seriesTouchedSizeSum != null)
                if (typeof object.seriesTouchedSizeSum === "object" ? object.seriesTouchedSizeSum.low || object.seriesTouchedSizeSum.high : $Number(object.seriesTouchedSizeSum) !== 0)
                    if ($util.Long)
                        message.seriesTouchedSizeSum = $util.Long.fromValue(object.seriesTouchedSizeSum, false);
                    else if (typeof object.seriesTouchedSizeSum === "string")
                        message.seriesTouchedSizeSum = $parseInt(object.seriesTouchedSizeSum, 10);
                    else if (typeof object.seriesTouchedSizeSum === "number")
                        message.seriesTouchedSizeSum = object.seriesTouchedSizeSum;
                    else if (typeof object.seriesTouchedSizeSum === "object")
                        message.seriesTouchedSizeSum = new $util.LongBits(object.seriesTouchedSizeSum.low >>> 0, object.seriesTouchedSizeSum.high >>> 0).toNumber();
            if (object.seriesFetched != null)
                if (typeof object.seriesFetched === "object" ? object.seriesFetched.low || object.seriesFetched.high : $Number(object.seriesFetched) !== 0)
                    if ($util.Long)
                        message.seriesFetched = $util.Long.fromValue(object.seriesFetched, false);
                    else if (typeof object.seriesFetched === "string")
                        message.seriesFetched = $parseInt(object.seriesFetched, 10);
                    else if (typeof object.seriesFetched === "number")
                        message.seriesFetched = object.seriesFetched;
                    else if (typeof object.seriesFetched === "object")
                        message.seriesFetched = new $util.LongBits(object.seriesFetched.low >>> 0, object.seriesFetched.high >>> 0).toNumber();
            if (object.seriesFetchedSizeSum != null)
                if (typeof object.seriesFetchedSizeSum === "object" ? object.seriesFetchedSizeSum.low || object.seriesFetchedSizeSum.high : $Number(object.seriesFetchedSizeSum) !== 0)
                    if ($util.Long)
                        message.seriesFetchedSizeSum = $util.Long.fromValue(object.seriesFetchedSizeSum, false);
                    else if (typeof object.seriesFetchedSizeSum === "string")
                        message.seriesFetchedSizeSum = $parseInt(object.seriesFetchedSizeSum, 10);
                    else if (typeof object.seriesFetchedSizeSum === "number")
                        message.seriesFetchedSizeSum = object.seriesFetchedSizeSum;
                    else if (typeof object.seriesFetchedSizeSum === "object")
                        message.seriesFetchedSizeSum = new $util.LongBits(object.seriesFetchedSizeSum.low >>> 0, object.seriesFetchedSizeSum.high >>> 0).toNumber();
            if (object.seriesFetchCount != null)
                if (typeof object.seriesFetchCount === "object" ? object.seriesFetchCount.low || object.seriesFetchCount.high : $Number(object.seriesFetchCount) !== 0)
                    if ($util.Long)
                        message.seriesFetchCount = $util.Long.fromValue(object.seriesFetchCount, false);
                    else if (typeof object.seriesFetchCount === "string")
                        message.seriesFetchCount = $parseInt(object.seriesFetchCount, 10);
                    else if (typeof object.seriesFetchCount === "number")
                        message.seriesFetchCount = object.seriesFetchCount;
                    else if (typeof object.seriesFetchCount === "object")
                        message.seriesFetchCount = new $util.LongBits(object.seriesFetchCount.low >>> 0, object.seriesFetchCount.high >>> 0).toNumber();
            if (object.chunksTouched != null)
                if (typeof object.chunksTouched === "object" ? object.chunksTouched.low || object.chunksTouched.high : $Number(object.chunksTouched) !== 0)
                    if ($util.Long)
                        message.chunksTouched = $util.Long.fromValue(object.chunksTouched, false);
                    else if (typeof object.chunksTouched === "string")
                        message.chunksTouched = $parseInt(object.chunksTouched, 10);
                    else if (typeof object.chunksTouched === "number")
                        message.chunksTouched = object.chunksTouched;
                    else if (typeof object.chunksTouched === "object")
                        message.chunksTouched = new $util.LongBits(object.chunksTouched.low >>> 0, object.chunksTouched.high >>> 0).toNumber();
            if (object.chunksTouchedSizeSum != null)
                if (typeof object.chunksTouchedSizeSum === "object" ? object.chunksTouchedSizeSum.low || object.chunksTouchedSizeSum.high : $Number(object.chunksTouchedSizeSum) !== 0)
                    if ($util.Long)
                        message.chunksTouchedSizeSum = $util.Long.fromValue(object.chunksTouchedSizeSum, false);
                    else if (typeof object.chunksTouchedSizeSum === "string")
                        message.chunksTouchedSizeSum = $parseInt(object.chunksTouchedSizeSum, 10);
                    else if (typeof object.chunksTouchedSizeSum === "number")
                        message.chunksTouchedSizeSum = object.chunksTouchedSizeSum;
                    else if (typeof object.chunksTouchedSizeSum === "object")
                        message.chunksTouchedSizeSum = new $util.LongBits(object.chunksTouchedSizeSum.low >>> 0, object.chunksTouchedSizeSum.high >>> 0).toNumber();
            if (object.chunksFetched != null)
                if (typeof object.chunksFetched === "object" ? object.chunksFetched.low || object.chunksFetched.high : $Number(object.chunksFetched) !== 0)
                    if ($util.Long)
                        message.chunksFetched = $util.Long.fromValue(object.chunksFetched, false);
                    else if (typeof object.chunksFetched === "string")
                        message.chunksFetched = $parseInt(object.chunksFetched, 10);
                    else if (typeof object.chunksFetched === "number")
                        message.chunksFetched = object.chunksFetched;
                    else if (typeof object.chunksFetched === "object")
                        message.chunksFetched = new $util.LongBits(object.chunksFetched.low >>> 0, object.chunksFetched.high >>> 0).toNumber();
            if (object.chunksFetchedSizeSum != null)
                if (typeof object.chunksFetchedSizeSum === "object" ? object.chunksFetchedSizeSum.low || object.chunksFetchedSizeSum.high : $Number(object.chunksFetchedSizeSum) !== 0)
                    if ($util.Long)
                        message.chunksFetchedSizeSum = $util.Long.fromValue(object.chunksFetchedSizeSum, false);
                    else if (typeof object.chunksFetchedSizeSum === "string")
                        message.chunksFetchedSizeSum = $parseInt(object.chunksFetchedSizeSum, 10);
                    else if (typeof object.chunksFetchedSizeSum === "number")
                        message.chunksFetchedSizeSum = object.chunksFetchedSizeSum;
                    else if (typeof object.chunksFetchedSizeSum === "object")
                        message.chunksFetchedSizeSum = new $util.LongBits(object.chunksFetchedSizeSum.low >>> 0, object.chunksFetchedSizeSum.high >>> 0).toNumber();
            if (object.chunksFetchCount != null)
                if (typeof object.chunksFetchCount === "object" ? object.chunksFetchCount.low || object.chunksFetchCount.high : $Number(object.chunksFetchCount) !== 0)
                    if ($util.Long)
                        message.chunksFetchCount = $util.Long.fromValue(object.chunksFetchCount, false);
                    else if (typeof object.chunksFetchCount === "string")
                        message.chunksFetchCount = $parseInt(object.chunksFetchCount, 10);
                    else if (typeof object.chunksFetchCount === "number")
                        message.chunksFetchCount = object.chunksFetchCount;
                    else if (typeof object.chunksFetchCount === "object")
                        message.chunksFetchCount = new $util.LongBits(object.chunksFetchCount.low >>> 0, object.chunksFetchCount.high >>> 0).toNumber();
            if (object.dataDownloadedSizeSum != null)
                if (typeof object.dataDownloadedSizeSum === "object" ? object.dataDownloadedSizeSum.low || object.dataDownloadedSizeSum.high : $Number(object.dataDownloadedSizeSum) !== 0)
                    if ($util.Long)
                        message.dataDownloadedSizeSum = $util.Long.fromValue(object.dataDownloadedSizeSum, false);
                    else if (typeof object.dataDownloadedSizeSum === "string")
                        message.dataDownloadedSizeSum = $parseInt(object.dataDownloadedSizeSum, 10);
                    else if (typeof object.dataDownloadedSizeSum === "number")
                        message.dataDownloadedSizeSum = object.dataDownloadedSizeSum;
                    else if (typeof object.dataDownloadedSizeSum === "object")
                        message.dataDownloadedSizeSum = new $util.LongBits(object.dataDownloadedSizeSum.low >>> 0, object.dataDownloadedSizeSum.high >>> 0).toNumber();
            if (object.getAllDuration != null) {
                if (!$util.isObject(object.getAllDuration))
                    throw $TypeError(".hintspb.QueryStats.getAllDuration: object expected");
                message.getAllDuration = $root.google.protobuf.Duration.fromObject(object.getAllDuration, _depth + 1);
            }
            if (object.mergeDuration != null) {
                if (!$util.isObject(object.mergeDuration))
                    throw $TypeError(".hintspb.QueryStats.mergeDuration: object expected");
                message.mergeDuration = $root.google.protobuf.Duration.fromObject(object.mergeDuration, _depth + 1);
            }
            return message;
        };

        QueryStats.toObject = function (message, options, _depth) {
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
                    object.blocksQueried = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.blocksQueried = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.mergedSeriesCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.mergedSeriesCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.mergedChunksCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.mergedChunksCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsTouched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsTouched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsTouchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsTouchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsToFetch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsToFetch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsFetchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsFetchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.postingsFetchCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.postingsFetchCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.seriesTouched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesTouched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.seriesTouchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesTouchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.seriesFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.seriesFetchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesFetchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.seriesFetchCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesFetchCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunksTouched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunksTouched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunksTouchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunksTouchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunksFetched = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunksFetched = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunksFetchedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunksFetchedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunksFetchCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunksFetchCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.dataDownloadedSizeSum = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.dataDownloadedSizeSum = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.getAllDuration = null;
                object.mergeDuration = null;
            }
            if (message.blocksQueried != null && $Object.hasOwnProperty.call(message, "blocksQueried"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.blocksQueried = typeof message.blocksQueried === "number" ? $BigInt(message.blocksQueried) : $util.Long.fromBits(message.blocksQueried.low >>> 0, message.blocksQueried.high >>> 0, false).toBigInt();
                else if (typeof message.blocksQueried === "number")
                    object.blocksQueried = options.longs === $String ? $String(message.blocksQueried) : message.blocksQueried;
                else
                    object.blocksQueried = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksQueried) : options.longs === $Number ? new $util.LongBits(message.blocksQueried.low >>> 0, message.blocksQueried.high >>> 0).toNumber() : message.blocksQueried;
            if (message.mergedSeriesCount != null && $Object.hasOwnProperty.call(message, "mergedSeriesCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.mergedSeriesCount = typeof message.mergedSeriesCount === "number" ? $BigInt(message.mergedSeriesCount) : $util.Long.fromBits(message.mergedSeriesCount.low >>> 0, message.mergedSeriesCount.high >>> 0, false).toBigInt();
                else if (typeof message.mergedSeriesCount === "number")
                    object.mergedSeriesCount = options.longs === $String ? $String(message.mergedSeriesCount) : message.mergedSeriesCount;
                else
                    object.mergedSeriesCount = options.longs === $String ? $util.Long.prototype.toString.call(message.mergedSeriesCount) : options.longs === $Number ? new $util.LongBits(message.mergedSeriesCount.low >>> 0, message.mergedSeriesCount.high >>> 0).toNumber() : message.mergedSeriesCount;
            if (message.mergedChunksCount != null && $Object.hasOwnProperty.call(message, "mergedChunksCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.mergedChunksCount = typeof message.mergedChunksCount === "number" ? $BigInt(message.mergedChunksCount) : $util.Long.fromBits(message.mergedChunksCount.low >>> 0, message.mergedChunksCount.high >>> 0, false).toBigInt();
                else if (typeof message.mergedChunksCount === "number")
                    object.mergedChunksCount = options.longs === $String ? $String(message.mergedChunksCount) : message.mergedChunksCount;
                else
                    object.mergedChunksCount = options.longs === $String ? $util.Long.prototype.toString.call(message.mergedChunksCount) : options.longs === $Number ? new $util.LongBits(message.mergedChunksCount.low >>> 0, message.mergedChunksCount.high >>> 0).toNumber() : message.mergedChunksCount;
            if (message.postingsTouched != null && $Object.hasOwnProperty.call(message, "postingsTouched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsTouched = typeof message.postingsTouched === "number" ? $BigInt(message.postingsTouched) : $util.Long.fromBits(message.postingsTouched.low >>> 0, message.postingsTouched.high >>> 0, false).toBigInt();
                else if (typeof message.postingsTouched === "number")
                    object.postingsTouched = options.longs === $String ? $String(message.postingsTouched) : message.postingsTouched;
                else
                    object.postingsTouched = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsTouched) : options.longs === $Number ? new $util.LongBits(message.postingsTouched.low >>> 0, message.postingsTouched.high >>> 0).toNumber() : message.postingsTouched;
            if (message.postingsTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsTouchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsTouchedSizeSum = typeof message.postingsTouchedSizeSum === "number" ? $BigInt(message.postingsTouchedSizeSum) : $util.Long.fromBits(message.postingsTouchedSizeSum.low >>> 0, message.postingsTouchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.postingsTouchedSizeSum === "number")
                    object.postingsTouchedSizeSum = options.longs === $String ? $String(message.postingsTouchedSizeSum) : message.postingsTouchedSizeSum;
                else
                    object.postingsTouchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsTouchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.postingsTouchedSizeSum.low >>> 0, message.postingsTouchedSizeSum.high >>> 0).toNumber() : message.postingsTouchedSizeSum;
            if (message.postingsToFetch != null && $Object.hasOwnProperty.call(message, "postingsToFetch"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsToFetch = typeof message.postingsToFetch === "number" ? $BigInt(message.postingsToFetch) : $util.Long.fromBits(message.postingsToFetch.low >>> 0, message.postingsToFetch.high >>> 0, false).toBigInt();
                else if (typeof message.postingsToFetch === "number")
                    object.postingsToFetch = options.longs === $String ? $String(message.postingsToFetch) : message.postingsToFetch;
                else
                    object.postingsToFetch = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsToFetch) : options.longs === $Number ? new $util.LongBits(message.postingsToFetch.low >>> 0, message.postingsToFetch.high >>> 0).toNumber() : message.postingsToFetch;
            if (message.postingsFetched != null && $Object.hasOwnProperty.call(message, "postingsFetched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsFetched = typeof message.postingsFetched === "number" ? $BigInt(message.postingsFetched) : $util.Long.fromBits(message.postingsFetched.low >>> 0, message.postingsFetched.high >>> 0, false).toBigInt();
                else if (typeof message.postingsFetched === "number")
                    object.postingsFetched = options.longs === $String ? $String(message.postingsFetched) : message.postingsFetched;
                else
                    object.postingsFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsFetched) : options.longs === $Number ? new $util.LongBits(message.postingsFetched.low >>> 0, message.postingsFetched.high >>> 0).toNumber() : message.postingsFetched;
            if (message.postingsFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "postingsFetchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsFetchedSizeSum = typeof message.postingsFetchedSizeSum === "number" ? $BigInt(message.postingsFetchedSizeSum) : $util.Long.fromBits(message.postingsFetchedSizeSum.low >>> 0, message.postingsFetchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.postingsFetchedSizeSum === "number")
                    object.postingsFetchedSizeSum = options.longs === $String ? $String(message.postingsFetchedSizeSum) : message.postingsFetchedSizeSum;
                else
                    object.postingsFetchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsFetchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.postingsFetchedSizeSum.low >>> 0, message.postingsFetchedSizeSum.high >>> 0).toNumber() : message.postingsFetchedSizeSum;
            if (message.postingsFetchCount != null && $Object.hasOwnProperty.call(message, "postingsFetchCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.postingsFetchCount = typeof message.postingsFetchCount === "number" ? $BigInt(message.postingsFetchCount) : $util.Long.fromBits(message.postingsFetchCount.low >>> 0, message.postingsFetchCount.high >>> 0, false).toBigInt();
                else if (typeof message.postingsFetchCount === "number")
                    object.postingsFetchCount = options.longs === $String ? $String(message.postingsFetchCount) : message.postingsFetchCount;
                else
                    object.postingsFetchCount = options.longs === $String ? $util.Long.prototype.toString.call(message.postingsFetchCount) : options.longs === $Number ? new $util.LongBits(message.postingsFetchCount.low >>> 0, message.postingsFetchCount.high >>> 0).toNumber() : message.postingsFetchCount;
            if (message.seriesTouched != null && $Object.hasOwnProperty.call(message, "seriesTouched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesTouched = typeof message.seriesTouched === "number" ? $BigInt(message.seriesTouched) : $util.Long.fromBits(message.seriesTouched.low >>> 0, message.seriesTouched.high >>> 0, false).toBigInt();
                else if (typeof message.seriesTouched === "number")
                    object.seriesTouched = options.longs === $String ? $String(message.seriesTouched) : message.seriesTouched;
                else
                    object.seriesTouched = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesTouched) : options.longs === $Number ? new $util.LongBits(message.seriesTouched.low >>> 0, message.seriesTouched.high >>> 0).toNumber() : message.seriesTouched;
            if (message.seriesTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesTouchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesTouchedSizeSum = typeof message.seriesTouchedSizeSum === "number" ? $BigInt(message.seriesTouchedSizeSum) : $util.Long.fromBits(message.seriesTouchedSizeSum.low >>> 0, message.seriesTouchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.seriesTouchedSizeSum === "number")
                    object.seriesTouchedSizeSum = options.longs === $String ? $String(message.seriesTouchedSizeSum) : message.seriesTouchedSizeSum;
                else
                    object.seriesTouchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesTouchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.seriesTouchedSizeSum.low >>> 0, message.seriesTouchedSizeSum.high >>> 0).toNumber() : message.seriesTouchedSizeSum;
            if (message.seriesFetched != null && $Object.hasOwnProperty.call(message, "seriesFetched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesFetched = typeof message.seriesFetched === "number" ? $BigInt(message.seriesFetched) : $util.Long.fromBits(message.seriesFetched.low >>> 0, message.seriesFetched.high >>> 0, false).toBigInt();
                else if (typeof message.seriesFetched === "number")
                    object.seriesFetched = options.longs === $String ? $String(message.seriesFetched) : message.seriesFetched;
                else
                    object.seriesFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesFetched) : options.longs === $Number ? new $util.LongBits(message.seriesFetched.low >>> 0, message.seriesFetched.high >>> 0).toNumber() : message.seriesFetched;
            if (message.seriesFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "seriesFetchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesFetchedSizeSum = typeof message.seriesFetchedSizeSum === "number" ? $BigInt(message.seriesFetchedSizeSum) : $util.Long.fromBits(message.seriesFetchedSizeSum.low >>> 0, message.seriesFetchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.seriesFetchedSizeSum === "number")
                    object.seriesFetchedSizeSum = options.longs === $String ? $String(message.seriesFetchedSizeSum) : message.seriesFetchedSizeSum;
                else
                    object.seriesFetchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesFetchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.seriesFetchedSizeSum.low >>> 0, message.seriesFetchedSizeSum.high >>> 0).toNumber() : message.seriesFetchedSizeSum;
            if (message.seriesFetchCount != null && $Object.hasOwnProperty.call(message, "seriesFetchCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesFetchCount = typeof message.seriesFetchCount === "number" ? $BigInt(message.seriesFetchCount) : $util.Long.fromBits(message.seriesFetchCount.low >>> 0, message.seriesFetchCount.high >>> 0, false).toBigInt();
                else if (typeof message.seriesFetchCount === "number")
                    object.seriesFetchCount = options.longs === $String ? $String(message.seriesFetchCount) : message.seriesFetchCount;
                else
                    object.seriesFetchCount = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesFetchCount) : options.longs === $Number ? new $util.LongBits(message.seriesFetchCount.low >>> 0, message.seriesFetchCount.high >>> 0).toNumber() : message.seriesFetchCount;
            if (message.chunksTouched != null && $Object.hasOwnProperty.call(message, "chunksTouched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunksTouched = typeof message.chunksTouched === "number" ? $BigInt(message.chunksTouched) : $util.Long.fromBits(message.chunksTouched.low >>> 0, message.chunksTouched.high >>> 0, false).toBigInt();
                else if (typeof message.chunksTouched === "number")
                    object.chunksTouched = options.longs === $String ? $String(message.chunksTouched) : message.chunksTouched;
                else
                    object.chunksTouched = options.longs === $String ? $util.Long.prototype.toString.call(message.chunksTouched) : options.longs === $Number ? new $util.LongBits(message.chunksTouched.low >>> 0, message.chunksTouched.high >>> 0).toNumber() : message.chunksTouched;
            if (message.chunksTouchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksTouchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunksTouchedSizeSum = typeof message.chunksTouchedSizeSum === "number" ? $BigInt(message.chunksTouchedSizeSum) : $util.Long.fromBits(message.chunksTouchedSizeSum.low >>> 0, message.chunksTouchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.chunksTouchedSizeSum === "number")
                    object.chunksTouchedSizeSum = options.longs === $String ? $String(message.chunksTouchedSizeSum) : message.chunksTouchedSizeSum;
                else
                    object.chunksTouchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.chunksTouchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.chunksTouchedSizeSum.low >>> 0, message.chunksTouchedSizeSum.high >>> 0).toNumber() : message.chunksTouchedSizeSum;
            if (message.chunksFetched != null && $Object.hasOwnProperty.call(message, "chunksFetched"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunksFetched = typeof message.chunksFetched === "number" ? $BigInt(message.chunksFetched) : $util.Long.fromBits(message.chunksFetched.low >>> 0, message.chunksFetched.high >>> 0, false).toBigInt();
                else if (typeof message.chunksFetched === "number")
                    object.chunksFetched = options.longs === $String ? $String(message.chunksFetched) : message.chunksFetched;
                else
                    object.chunksFetched = options.longs === $String ? $util.Long.prototype.toString.call(message.chunksFetched) : options.longs === $Number ? new $util.LongBits(message.chunksFetched.low >>> 0, message.chunksFetched.high >>> 0).toNumber() : message.chunksFetched;
            if (message.chunksFetchedSizeSum != null && $Object.hasOwnProperty.call(message, "chunksFetchedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunksFetchedSizeSum = typeof message.chunksFetchedSizeSum === "number" ? $BigInt(message.chunksFetchedSizeSum) : $util.Long.fromBits(message.chunksFetchedSizeSum.low >>> 0, message.chunksFetchedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.chunksFetchedSizeSum === "number")
                    object.chunksFetchedSizeSum = options.longs === $String ? $String(message.chunksFetchedSizeSum) : message.chunksFetchedSizeSum;
                else
                    object.chunksFetchedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.chunksFetchedSizeSum) : options.longs === $Number ? new $util.LongBits(message.chunksFetchedSizeSum.low >>> 0, message.chunksFetchedSizeSum.high >>> 0).toNumber() : message.chunksFetchedSizeSum;
            if (message.chunksFetchCount != null && $Object.hasOwnProperty.call(message, "chunksFetchCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunksFetchCount = typeof message.chunksFetchCount === "number" ? $BigInt(message.chunksFetchCount) : $util.Long.fromBits(message.chunksFetchCount.low >>> 0, message.chunksFetchCount.high >>> 0, false).toBigInt();
                else if (typeof message.chunksFetchCount === "number")
                    object.chunksFetchCount = options.longs === $String ? $String(message.chunksFetchCount) : message.chunksFetchCount;
                else
                    object.chunksFetchCount = options.longs === $String ? $util.Long.prototype.toString.call(message.chunksFetchCount) : options.longs === $Number ? new $util.LongBits(message.chunksFetchCount.low >>> 0, message.chunksFetchCount.high >>> 0).toNumber() : message.chunksFetchCount;
            if (message.dataDownloadedSizeSum != null && $Object.hasOwnProperty.call(message, "dataDownloadedSizeSum"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.dataDownloadedSizeSum = typeof message.dataDownloadedSizeSum === "number" ? $BigInt(message.dataDownloadedSizeSum) : $util.Long.fromBits(message.dataDownloadedSizeSum.low >>> 0, message.dataDownloadedSizeSum.high >>> 0, false).toBigInt();
                else if (typeof message.dataDownloadedSizeSum === "number")
                    object.dataDownloadedSizeSum = options.longs === $String ? $String(message.dataDownloadedSizeSum) : message.dataDownloadedSizeSum;
                else
                    object.dataDownloadedSizeSum = options.longs === $String ? $util.Long.prototype.toString.call(message.dataDownloadedSizeSum) : options.longs === $Number ? new $util.LongBits(message.dataDownloadedSizeSum.low >>> 0, message.dataDownloadedSizeSum.high >>> 0).toNumber() : message.dataDownloadedSizeSum;
            if (message.getAllDuration != null && $Object.hasOwnProperty.call(message, "getAllDuration"))
                object.getAllDuration = $root.google.protobuf.Duration.toObject(message.getAllDuration, options, _depth + 1);
            if (message.mergeDuration != null && $Object.hasOwnProperty.call(message, "mergeDuration"))
                object.mergeDuration = $root.google.protobuf.Duration.toObject(message.mergeDuration, options, _depth + 1);
            return object;
        };

        QueryStats.prototype.toJSON = function() {
            return QueryStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryStats.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/hintspb.QueryStats";
        };

        return QueryStats;
    })();

    return hintspb;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Duration = (function() {

            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Duration.prototype.nanos = 0;

            Duration.create = function(properties) {
                return new Duration(properties);
            };

            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Duration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Duration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Duration();
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
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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

            Duration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Duration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            Duration.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            Duration.toObject = function (message, options, _depth) {
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
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        protobuf.Timestamp = (function() {

            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Timestamp.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Timestamp();
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
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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

            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            Timestamp.toObject = function (message, options, _depth) {
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
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        protobuf.Any = (function() {

            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Any.prototype.type_url = "";
            Any.prototype.value = $util.newBuffer([]);

            Any.create = function(properties) {
                return new Any(properties);
            };

            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Any.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Any.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Any();
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
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
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

            Any.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Any.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    if (!$util.isString(message.type_url))
                        return "type_url: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
