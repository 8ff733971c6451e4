// generated - do not edit. Produced by `npm run gen:proto` (scripts/gen-proto.mjs,
// protobufjs-cli static-module) from proto/**/*.proto.
import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace thanos. */
export namespace thanos {

    /**
     * Properties of an ExemplarsRequest.
     * @deprecated Use thanos.ExemplarsRequest.$Properties instead.
     */
    interface IExemplarsRequest extends thanos.ExemplarsRequest.$Properties {
    }

    /** Represents an ExemplarsRequest. */
    class ExemplarsRequest {

        /**
         * Constructs a new ExemplarsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ExemplarsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExemplarsRequest query. */
        query: string;

        /** ExemplarsRequest start. */
        start: (number|Long);

        /** ExemplarsRequest end. */
        end: (number|Long);

        /** ExemplarsRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /**
         * Creates a new ExemplarsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExemplarsRequest instance
         */
        static create(properties: thanos.ExemplarsRequest.$Shape): thanos.ExemplarsRequest & thanos.ExemplarsRequest.$Shape;
        static create(properties?: thanos.ExemplarsRequest.$Properties): thanos.ExemplarsRequest;

        /**
         * Encodes the specified ExemplarsRequest message. Does not implicitly {@link thanos.ExemplarsRequest.verify|verify} messages.
         * @param message ExemplarsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ExemplarsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ExemplarsRequest message, length delimited. Does not implicitly {@link thanos.ExemplarsRequest.verify|verify} messages.
         * @param message ExemplarsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ExemplarsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExemplarsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ExemplarsRequest & thanos.ExemplarsRequest.$Shape} ExemplarsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ExemplarsRequest & thanos.ExemplarsRequest.$Shape;

        /**
         * Decodes an ExemplarsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ExemplarsRequest & thanos.ExemplarsRequest.$Shape} ExemplarsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ExemplarsRequest & thanos.ExemplarsRequest.$Shape;

        /**
         * Verifies an ExemplarsRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ExemplarsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExemplarsRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.ExemplarsRequest;

        /**
         * Creates a plain object from an ExemplarsRequest message. Also converts values to other types if specified.
         * @param message ExemplarsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ExemplarsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExemplarsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ExemplarsRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExemplarsRequest {

        /** Properties of an ExemplarsRequest. */
        interface $Properties {

            /** ExemplarsRequest query */
            query?: (string|null);

            /** ExemplarsRequest start */
            start?: (number|Long|null);

            /** ExemplarsRequest end */
            end?: (number|Long|null);

            /** ExemplarsRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExemplarsRequest. */
        type $Shape = thanos.ExemplarsRequest.$Properties;
    }

    /**
     * Properties of an ExemplarsResponse.
     * @deprecated Use thanos.ExemplarsResponse.$Properties instead.
     */
    interface IExemplarsResponse extends thanos.ExemplarsResponse.$Properties {
    }

    /** Represents an ExemplarsResponse. */
    class ExemplarsResponse {

        /**
         * Constructs a new ExemplarsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ExemplarsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExemplarsResponse data. */
        data?: (thanos.ExemplarData.$Properties|null);

        /** ExemplarsResponse warning. */
        warning?: (string|null);

        /** ExemplarsResponse result. */
        result?: ("data"|"warning");

        /**
         * Creates a new ExemplarsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExemplarsResponse instance
         */
        static create(properties: thanos.ExemplarsResponse.$Shape): thanos.ExemplarsResponse & thanos.ExemplarsResponse.$Shape;
        static create(properties?: thanos.ExemplarsResponse.$Properties): thanos.ExemplarsResponse;

        /**
         * Encodes the specified ExemplarsResponse message. Does not implicitly {@link thanos.ExemplarsResponse.verify|verify} messages.
         * @param message ExemplarsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ExemplarsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ExemplarsResponse message, length delimited. Does not implicitly {@link thanos.ExemplarsResponse.verify|verify} messages.
         * @param message ExemplarsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ExemplarsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExemplarsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ExemplarsResponse & thanos.ExemplarsResponse.$Shape} ExemplarsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ExemplarsResponse & thanos.ExemplarsResponse.$Shape;

        /**
         * Decodes an ExemplarsResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ExemplarsResponse & thanos.ExemplarsResponse.$Shape} ExemplarsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ExemplarsResponse & thanos.ExemplarsResponse.$Shape;

        /**
         * Verifies an ExemplarsResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ExemplarsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExemplarsResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.ExemplarsResponse;

        /**
         * Creates a plain object from an ExemplarsResponse message. Also converts values to other types if specified.
         * @param message ExemplarsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ExemplarsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExemplarsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ExemplarsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExemplarsResponse {

        /** Properties of an ExemplarsResponse. */
        interface $Properties {

            /** ExemplarsResponse data */
            data?: (thanos.ExemplarData.$Properties|null);

            /** ExemplarsResponse warning */
            warning?: (string|null);

            /** ExemplarsResponse result */
            result?: ("data"|"warning");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an ExemplarsResponse. */
        type $Shape = {
          data?: thanos.ExemplarData.$Shape|null;
          warning?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; data?: null; warning?: null }|{ result?: "data"; data: thanos.ExemplarData.$Shape; warning?: null }|{ result?: "warning"; data?: null; warning: string })
        );
    }

    /**
     * Properties of an ExemplarData.
     * @deprecated Use thanos.ExemplarData.$Properties instead.
     */
    interface IExemplarData extends thanos.ExemplarData.$Properties {
    }

    /** Represents an ExemplarData. */
    class ExemplarData {

        /**
         * Constructs a new ExemplarData.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ExemplarData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExemplarData seriesLabels. */
        seriesLabels?: (thanos.ZLabelSet.$Properties|null);

        /** ExemplarData exemplars. */
        exemplars: thanos.Exemplar.$Properties[];

        /**
         * Creates a new ExemplarData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExemplarData instance
         */
        static create(properties: thanos.ExemplarData.$Shape): thanos.ExemplarData & thanos.ExemplarData.$Shape;
        static create(properties?: thanos.ExemplarData.$Properties): thanos.ExemplarData;

        /**
         * Encodes the specified ExemplarData message. Does not implicitly {@link thanos.ExemplarData.verify|verify} messages.
         * @param message ExemplarData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ExemplarData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ExemplarData message, length delimited. Does not implicitly {@link thanos.ExemplarData.verify|verify} messages.
         * @param message ExemplarData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ExemplarData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExemplarData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ExemplarData & thanos.ExemplarData.$Shape} ExemplarData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ExemplarData & thanos.ExemplarData.$Shape;

        /**
         * Decodes an ExemplarData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ExemplarData & thanos.ExemplarData.$Shape} ExemplarData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ExemplarData & thanos.ExemplarData.$Shape;

        /**
         * Verifies an ExemplarData message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ExemplarData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExemplarData
         */
        static fromObject(object: { [k: string]: any }): thanos.ExemplarData;

        /**
         * Creates a plain object from an ExemplarData message. Also converts values to other types if specified.
         * @param message ExemplarData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ExemplarData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExemplarData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ExemplarData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExemplarData {

        /** Properties of an ExemplarData. */
        interface $Properties {

            /** ExemplarData seriesLabels */
            seriesLabels?: (thanos.ZLabelSet.$Properties|null);

            /** ExemplarData exemplars */
            exemplars?: (thanos.Exemplar.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExemplarData. */
        type $Shape = thanos.ExemplarData.$Properties;
    }

    /**
     * Properties of an Exemplar.
     * @deprecated Use thanos.Exemplar.$Properties instead.
     */
    interface IExemplar extends thanos.Exemplar.$Properties {
    }

    /** Represents an Exemplar. */
    class Exemplar {

        /**
         * Constructs a new Exemplar.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Exemplar.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Exemplar labels. */
        labels?: (thanos.ZLabelSet.$Properties|null);

        /** Exemplar value. */
        value: number;

        /** Exemplar ts. */
        ts: (number|Long);

        /**
         * Creates a new Exemplar instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Exemplar instance
         */
        static create(properties: thanos.Exemplar.$Shape): thanos.Exemplar & thanos.Exemplar.$Shape;
        static create(properties?: thanos.Exemplar.$Properties): thanos.Exemplar;

        /**
         * Encodes the specified Exemplar message. Does not implicitly {@link thanos.Exemplar.verify|verify} messages.
         * @param message Exemplar message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Exemplar message, length delimited. Does not implicitly {@link thanos.Exemplar.verify|verify} messages.
         * @param message Exemplar message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Exemplar message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Exemplar & thanos.Exemplar.$Shape} Exemplar
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Exemplar & thanos.Exemplar.$Shape;

        /**
         * Decodes an Exemplar message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Exemplar & thanos.Exemplar.$Shape} Exemplar
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Exemplar & thanos.Exemplar.$Shape;

        /**
         * Verifies an Exemplar message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Exemplar
         */
        static fromObject(object: { [k: string]: any }): thanos.Exemplar;

        /**
         * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
         * @param message Exemplar
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Exemplar to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Exemplar
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Exemplar {

        /** Properties of an Exemplar. */
        interface $Properties {

            /** Exemplar labels */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** Exemplar value */
            value?: (number|null);

            /** Exemplar ts */
            ts?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Exemplar. */
        type $Shape = thanos.Exemplar.$Properties;
    }

    /**
     * Properties of a Label.
     * @deprecated Use thanos.Label.$Properties instead.
     */
    interface ILabel extends thanos.Label.$Properties {
    }

    /** Represents a Label. */
    class Label {

        /**
         * Constructs a new Label.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Label.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Label name. */
        name: string;

        /** Label value. */
        value: string;

        /**
         * Creates a new Label instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Label instance
         */
        static create(properties: thanos.Label.$Shape): thanos.Label & thanos.Label.$Shape;
        static create(properties?: thanos.Label.$Properties): thanos.Label;

        /**
         * Encodes the specified Label message. Does not implicitly {@link thanos.Label.verify|verify} messages.
         * @param message Label message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Label message, length delimited. Does not implicitly {@link thanos.Label.verify|verify} messages.
         * @param message Label message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Label message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Label & thanos.Label.$Shape} Label
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Label & thanos.Label.$Shape;

        /**
         * Decodes a Label message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Label & thanos.Label.$Shape} Label
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Label & thanos.Label.$Shape;

        /**
         * Verifies a Label message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Label message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Label
         */
        static fromObject(object: { [k: string]: any }): thanos.Label;

        /**
         * Creates a plain object from a Label message. Also converts values to other types if specified.
         * @param message Label
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Label to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Label
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Label {

        /** Properties of a Label. */
        interface $Properties {

            /** Label name */
            name?: (string|null);

            /** Label value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Label. */
        type $Shape = thanos.Label.$Properties;
    }

    /**
     * Properties of a LabelSet.
     * @deprecated Use thanos.LabelSet.$Properties instead.
     */
    interface ILabelSet extends thanos.LabelSet.$Properties {
    }

    /** Represents a LabelSet. */
    class LabelSet {

        /**
         * Constructs a new LabelSet.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelSet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelSet labels. */
        labels: thanos.Label.$Properties[];

        /**
         * Creates a new LabelSet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelSet instance
         */
        static create(properties: thanos.LabelSet.$Shape): thanos.LabelSet & thanos.LabelSet.$Shape;
        static create(properties?: thanos.LabelSet.$Properties): thanos.LabelSet;

        /**
         * Encodes the specified LabelSet message. Does not implicitly {@link thanos.LabelSet.verify|verify} messages.
         * @param message LabelSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelSet message, length delimited. Does not implicitly {@link thanos.LabelSet.verify|verify} messages.
         * @param message LabelSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelSet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelSet & thanos.LabelSet.$Shape} LabelSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelSet & thanos.LabelSet.$Shape;

        /**
         * Decodes a LabelSet message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelSet & thanos.LabelSet.$Shape} LabelSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelSet & thanos.LabelSet.$Shape;

        /**
         * Verifies a LabelSet message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelSet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelSet
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelSet;

        /**
         * Creates a plain object from a LabelSet message. Also converts values to other types if specified.
         * @param message LabelSet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelSet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelSet
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelSet {

        /** Properties of a LabelSet. */
        interface $Properties {

            /** LabelSet labels */
            labels?: (thanos.Label.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelSet. */
        type $Shape = thanos.LabelSet.$Properties;
    }

    /**
     * Properties of a ZLabelSet.
     * @deprecated Use thanos.ZLabelSet.$Properties instead.
     */
    interface IZLabelSet extends thanos.ZLabelSet.$Properties {
    }

    /** Represents a ZLabelSet. */
    class ZLabelSet {

        /**
         * Constructs a new ZLabelSet.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ZLabelSet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ZLabelSet labels. */
        labels: thanos.Label.$Properties[];

        /**
         * Creates a new ZLabelSet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ZLabelSet instance
         */
        static create(properties: thanos.ZLabelSet.$Shape): thanos.ZLabelSet & thanos.ZLabelSet.$Shape;
        static create(properties?: thanos.ZLabelSet.$Properties): thanos.ZLabelSet;

        /**
         * Encodes the specified ZLabelSet message. Does not implicitly {@link thanos.ZLabelSet.verify|verify} messages.
         * @param message ZLabelSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ZLabelSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ZLabelSet message, length delimited. Does not implicitly {@link thanos.ZLabelSet.verify|verify} messages.
         * @param message ZLabelSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ZLabelSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ZLabelSet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ZLabelSet & thanos.ZLabelSet.$Shape} ZLabelSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ZLabelSet & thanos.ZLabelSet.$Shape;

        /**
         * Decodes a ZLabelSet message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ZLabelSet & thanos.ZLabelSet.$Shape} ZLabelSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ZLabelSet & thanos.ZLabelSet.$Shape;

        /**
         * Verifies a ZLabelSet message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ZLabelSet message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ZLabelSet
         */
        static fromObject(object: { [k: string]: any }): thanos.ZLabelSet;

        /**
         * Creates a plain object from a ZLabelSet message. Also converts values to other types if specified.
         * @param message ZLabelSet
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ZLabelSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ZLabelSet to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ZLabelSet
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ZLabelSet {

        /** Properties of a ZLabelSet. */
        interface $Properties {

            /** ZLabelSet labels */
            labels?: (thanos.Label.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ZLabelSet. */
        type $Shape = thanos.ZLabelSet.$Properties;
    }

    /**
     * Properties of a Chunk.
     * @deprecated Use thanos.Chunk.$Properties instead.
     */
    interface IChunk extends thanos.Chunk.$Properties {
    }

    /** Represents a Chunk. */
    class Chunk {

        /**
         * Constructs a new Chunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Chunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Chunk type. */
        type: thanos.Chunk.Encoding;

        /** Chunk data. */
        data: Uint8Array;

        /** Chunk hash. */
        hash: (number|Long);

        /**
         * Creates a new Chunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Chunk instance
         */
        static create(properties: thanos.Chunk.$Shape): thanos.Chunk & thanos.Chunk.$Shape;
        static create(properties?: thanos.Chunk.$Properties): thanos.Chunk;

        /**
         * Encodes the specified Chunk message. Does not implicitly {@link thanos.Chunk.verify|verify} messages.
         * @param message Chunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Chunk message, length delimited. Does not implicitly {@link thanos.Chunk.verify|verify} messages.
         * @param message Chunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Chunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Chunk & thanos.Chunk.$Shape} Chunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Chunk & thanos.Chunk.$Shape;

        /**
         * Decodes a Chunk message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Chunk & thanos.Chunk.$Shape} Chunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Chunk & thanos.Chunk.$Shape;

        /**
         * Verifies a Chunk message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Chunk
         */
        static fromObject(object: { [k: string]: any }): thanos.Chunk;

        /**
         * Creates a plain object from a Chunk message. Also converts values to other types if specified.
         * @param message Chunk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Chunk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Chunk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Chunk {

        /** Properties of a Chunk. */
        interface $Properties {

            /** Chunk type */
            type?: (thanos.Chunk.Encoding|null);

            /** Chunk data */
            data?: (Uint8Array|null);

            /** Chunk hash */
            hash?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Chunk. */
        type $Shape = thanos.Chunk.$Properties;

        /** Encoding enum. */
        enum Encoding {

            /** XOR value */
            XOR = 0,

            /** HISTOGRAM value */
            HISTOGRAM = 1,

            /** FLOAT_HISTOGRAM value */
            FLOAT_HISTOGRAM = 2
        }
    }

    /**
     * Properties of a Series.
     * @deprecated Use thanos.Series.$Properties instead.
     */
    interface ISeries extends thanos.Series.$Properties {
    }

    /** Represents a Series. */
    class Series {

        /**
         * Constructs a new Series.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Series.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Series labels. */
        labels: thanos.Label.$Properties[];

        /** Series chunks. */
        chunks: thanos.AggrChunk.$Properties[];

        /**
         * Creates a new Series instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Series instance
         */
        static create(properties: thanos.Series.$Shape): thanos.Series & thanos.Series.$Shape;
        static create(properties?: thanos.Series.$Properties): thanos.Series;

        /**
         * Encodes the specified Series message. Does not implicitly {@link thanos.Series.verify|verify} messages.
         * @param message Series message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Series message, length delimited. Does not implicitly {@link thanos.Series.verify|verify} messages.
         * @param message Series message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Series message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Series & thanos.Series.$Shape} Series
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Series & thanos.Series.$Shape;

        /**
         * Decodes a Series message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Series & thanos.Series.$Shape} Series
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Series & thanos.Series.$Shape;

        /**
         * Verifies a Series message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Series message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Series
         */
        static fromObject(object: { [k: string]: any }): thanos.Series;

        /**
         * Creates a plain object from a Series message. Also converts values to other types if specified.
         * @param message Series
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Series, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Series to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Series
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Series {

        /** Properties of a Series. */
        interface $Properties {

            /** Series labels */
            labels?: (thanos.Label.$Properties[]|null);

            /** Series chunks */
            chunks?: (thanos.AggrChunk.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Series. */
        type $Shape = thanos.Series.$Properties;
    }

    /**
     * Properties of a SeriesBatch.
     * @deprecated Use thanos.SeriesBatch.$Properties instead.
     */
    interface ISeriesBatch extends thanos.SeriesBatch.$Properties {
    }

    /** Represents a SeriesBatch. */
    class SeriesBatch {

        /**
         * Constructs a new SeriesBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesBatch series. */
        series: thanos.Series.$Properties[];

        /**
         * Creates a new SeriesBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesBatch instance
         */
        static create(properties: thanos.SeriesBatch.$Shape): thanos.SeriesBatch & thanos.SeriesBatch.$Shape;
        static create(properties?: thanos.SeriesBatch.$Properties): thanos.SeriesBatch;

        /**
         * Encodes the specified SeriesBatch message. Does not implicitly {@link thanos.SeriesBatch.verify|verify} messages.
         * @param message SeriesBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeriesBatch message, length delimited. Does not implicitly {@link thanos.SeriesBatch.verify|verify} messages.
         * @param message SeriesBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.SeriesBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesBatch & thanos.SeriesBatch.$Shape} SeriesBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesBatch & thanos.SeriesBatch.$Shape;

        /**
         * Decodes a SeriesBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.SeriesBatch & thanos.SeriesBatch.$Shape} SeriesBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.SeriesBatch & thanos.SeriesBatch.$Shape;

        /**
         * Verifies a SeriesBatch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SeriesBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesBatch
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesBatch;

        /**
         * Creates a plain object from a SeriesBatch message. Also converts values to other types if specified.
         * @param message SeriesBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesBatch {

        /** Properties of a SeriesBatch. */
        interface $Properties {

            /** SeriesBatch series */
            series?: (thanos.Series.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesBatch. */
        type $Shape = thanos.SeriesBatch.$Properties;
    }

    /**
     * Properties of an AggrChunk.
     * @deprecated Use thanos.AggrChunk.$Properties instead.
     */
    interface IAggrChunk extends thanos.AggrChunk.$Properties {
    }

    /** Represents an AggrChunk. */
    class AggrChunk {

        /**
         * Constructs a new AggrChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.AggrChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AggrChunk minTime. */
        minTime: (number|Long);

        /** AggrChunk maxTime. */
        maxTime: (number|Long);

        /** AggrChunk raw. */
        raw?: (thanos.Chunk.$Properties|null);

        /** AggrChunk count. */
        count?: (thanos.Chunk.$Properties|null);

        /** AggrChunk sum. */
        sum?: (thanos.Chunk.$Properties|null);

        /** AggrChunk min. */
        min?: (thanos.Chunk.$Properties|null);

        /** AggrChunk max. */
        max?: (thanos.Chunk.$Properties|null);

        /** AggrChunk counter. */
        counter?: (thanos.Chunk.$Properties|null);

        /**
         * Creates a new AggrChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AggrChunk instance
         */
        static create(properties: thanos.AggrChunk.$Shape): thanos.AggrChunk & thanos.AggrChunk.$Shape;
        static create(properties?: thanos.AggrChunk.$Properties): thanos.AggrChunk;

        /**
         * Encodes the specified AggrChunk message. Does not implicitly {@link thanos.AggrChunk.verify|verify} messages.
         * @param message AggrChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.AggrChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AggrChunk message, length delimited. Does not implicitly {@link thanos.AggrChunk.verify|verify} messages.
         * @param message AggrChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.AggrChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AggrChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.AggrChunk & thanos.AggrChunk.$Shape} AggrChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.AggrChunk & thanos.AggrChunk.$Shape;

        /**
         * Decodes an AggrChunk message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.AggrChunk & thanos.AggrChunk.$Shape} AggrChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.AggrChunk & thanos.AggrChunk.$Shape;

        /**
         * Verifies an AggrChunk message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AggrChunk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AggrChunk
         */
        static fromObject(object: { [k: string]: any }): thanos.AggrChunk;

        /**
         * Creates a plain object from an AggrChunk message. Also converts values to other types if specified.
         * @param message AggrChunk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.AggrChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AggrChunk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AggrChunk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AggrChunk {

        /** Properties of an AggrChunk. */
        interface $Properties {

            /** AggrChunk minTime */
            minTime?: (number|Long|null);

            /** AggrChunk maxTime */
            maxTime?: (number|Long|null);

            /** AggrChunk raw */
            raw?: (thanos.Chunk.$Properties|null);

            /** AggrChunk count */
            count?: (thanos.Chunk.$Properties|null);

            /** AggrChunk sum */
            sum?: (thanos.Chunk.$Properties|null);

            /** AggrChunk min */
            min?: (thanos.Chunk.$Properties|null);

            /** AggrChunk max */
            max?: (thanos.Chunk.$Properties|null);

            /** AggrChunk counter */
            counter?: (thanos.Chunk.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AggrChunk. */
        type $Shape = thanos.AggrChunk.$Properties;
    }

    /**
     * Properties of a LabelMatcher.
     * @deprecated Use thanos.LabelMatcher.$Properties instead.
     */
    interface ILabelMatcher extends thanos.LabelMatcher.$Properties {
    }

    /** Represents a LabelMatcher. */
    class LabelMatcher {

        /**
         * Constructs a new LabelMatcher.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelMatcher.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelMatcher type. */
        type: thanos.LabelMatcher.Type;

        /** LabelMatcher name. */
        name: string;

        /** LabelMatcher value. */
        value: string;

        /**
         * Creates a new LabelMatcher instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelMatcher instance
         */
        static create(properties: thanos.LabelMatcher.$Shape): thanos.LabelMatcher & thanos.LabelMatcher.$Shape;
        static create(properties?: thanos.LabelMatcher.$Properties): thanos.LabelMatcher;

        /**
         * Encodes the specified LabelMatcher message. Does not implicitly {@link thanos.LabelMatcher.verify|verify} messages.
         * @param message LabelMatcher message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelMatcher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelMatcher message, length delimited. Does not implicitly {@link thanos.LabelMatcher.verify|verify} messages.
         * @param message LabelMatcher message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelMatcher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelMatcher message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelMatcher & thanos.LabelMatcher.$Shape} LabelMatcher
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelMatcher & thanos.LabelMatcher.$Shape;

        /**
         * Decodes a LabelMatcher message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelMatcher & thanos.LabelMatcher.$Shape} LabelMatcher
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelMatcher & thanos.LabelMatcher.$Shape;

        /**
         * Verifies a LabelMatcher message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelMatcher message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelMatcher
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelMatcher;

        /**
         * Creates a plain object from a LabelMatcher message. Also converts values to other types if specified.
         * @param message LabelMatcher
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelMatcher to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelMatcher
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelMatcher {

        /** Properties of a LabelMatcher. */
        interface $Properties {

            /** LabelMatcher type */
            type?: (thanos.LabelMatcher.Type|null);

            /** LabelMatcher name */
            name?: (string|null);

            /** LabelMatcher value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelMatcher. */
        type $Shape = thanos.LabelMatcher.$Properties;

        /** Type enum. */
        enum Type {

            /** EQ value */
            EQ = 0,

            /** NEQ value */
            NEQ = 1,

            /** RE value */
            RE = 2,

            /** NRE value */
            NRE = 3
        }
    }

    /** PartialResponseStrategy enum. */
    enum PartialResponseStrategy {

        /** WARN value */
        WARN = 0,

        /** ABORT value */
        ABORT = 1
    }

    /** Namespace info. */
    namespace info {

        /**
         * Properties of an InfoRequest.
         * @deprecated Use thanos.info.InfoRequest.$Properties instead.
         */
        interface IInfoRequest extends thanos.info.InfoRequest.$Properties {
        }

        /** Represents an InfoRequest. */
        class InfoRequest {

            /**
             * Constructs a new InfoRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.InfoRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new InfoRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InfoRequest instance
             */
            static create(properties: thanos.info.InfoRequest.$Shape): thanos.info.InfoRequest & thanos.info.InfoRequest.$Shape;
            static create(properties?: thanos.info.InfoRequest.$Properties): thanos.info.InfoRequest;

            /**
             * Encodes the specified InfoRequest message. Does not implicitly {@link thanos.info.InfoRequest.verify|verify} messages.
             * @param message InfoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InfoRequest message, length delimited. Does not implicitly {@link thanos.info.InfoRequest.verify|verify} messages.
             * @param message InfoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InfoRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.InfoRequest & thanos.info.InfoRequest.$Shape} InfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.InfoRequest & thanos.info.InfoRequest.$Shape;

            /**
             * Decodes an InfoRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.InfoRequest & thanos.info.InfoRequest.$Shape} InfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.InfoRequest & thanos.info.InfoRequest.$Shape;

            /**
             * Verifies an InfoRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InfoRequest
             */
            static fromObject(object: { [k: string]: any }): thanos.info.InfoRequest;

            /**
             * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
             * @param message InfoRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.InfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InfoRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InfoRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InfoRequest {

            /** Properties of an InfoRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InfoRequest. */
            type $Shape = thanos.info.InfoRequest.$Properties;
        }

        /**
         * Properties of an InfoResponse.
         * @deprecated Use thanos.info.InfoResponse.$Properties instead.
         */
        interface IInfoResponse extends thanos.info.InfoResponse.$Properties {
        }

        /** Represents an InfoResponse. */
        class InfoResponse {

            /**
             * Constructs a new InfoResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.InfoResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InfoResponse labelSets. */
            labelSets: thanos.ZLabelSet.$Properties[];

            /** InfoResponse ComponentType. */
            ComponentType: string;

            /** InfoResponse store. */
            store?: (thanos.info.StoreInfo.$Properties|null);

            /** InfoResponse rules. */
            rules?: (thanos.info.RulesInfo.$Properties|null);

            /** InfoResponse metricMetadata. */
            metricMetadata?: (thanos.info.MetricMetadataInfo.$Properties|null);

            /** InfoResponse targets. */
            targets?: (thanos.info.TargetsInfo.$Properties|null);

            /** InfoResponse exemplars. */
            exemplars?: (thanos.info.ExemplarsInfo.$Properties|null);

            /** InfoResponse query. */
            query?: (thanos.info.QueryAPIInfo.$Properties|null);

            /** InfoResponse status. */
            status?: (thanos.info.StatusInfo.$Properties|null);

            /**
             * Creates a new InfoResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InfoResponse instance
             */
            static create(properties: thanos.info.InfoResponse.$Shape): thanos.info.InfoResponse & thanos.info.InfoResponse.$Shape;
            static create(properties?: thanos.info.InfoResponse.$Properties): thanos.info.InfoResponse;

            /**
             * Encodes the specified InfoResponse message. Does not implicitly {@link thanos.info.InfoResponse.verify|verify} messages.
             * @param message InfoResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InfoResponse message, length delimited. Does not implicitly {@link thanos.info.InfoResponse.verify|verify} messages.
             * @param message InfoResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InfoResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.InfoResponse & thanos.info.InfoResponse.$Shape} InfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.InfoResponse & thanos.info.InfoResponse.$Shape;

            /**
             * Decodes an InfoResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.InfoResponse & thanos.info.InfoResponse.$Shape} InfoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.InfoResponse & thanos.info.InfoResponse.$Shape;

            /**
             * Verifies an InfoResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InfoResponse
             */
            static fromObject(object: { [k: string]: any }): thanos.info.InfoResponse;

            /**
             * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
             * @param message InfoResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.InfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InfoResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InfoResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InfoResponse {

            /** Properties of an InfoResponse. */
            interface $Properties {

                /** InfoResponse labelSets */
                labelSets?: (thanos.ZLabelSet.$Properties[]|null);

                /** InfoResponse ComponentType */
                ComponentType?: (string|null);

                /** InfoResponse store */
                store?: (thanos.info.StoreInfo.$Properties|null);

                /** InfoResponse rules */
                rules?: (thanos.info.RulesInfo.$Properties|null);

                /** InfoResponse metricMetadata */
                metricMetadata?: (thanos.info.MetricMetadataInfo.$Properties|null);

                /** InfoResponse targets */
                targets?: (thanos.info.TargetsInfo.$Properties|null);

                /** InfoResponse exemplars */
                exemplars?: (thanos.info.ExemplarsInfo.$Properties|null);

                /** InfoResponse query */
                query?: (thanos.info.QueryAPIInfo.$Properties|null);

                /** InfoResponse status */
                status?: (thanos.info.StatusInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InfoResponse. */
            type $Shape = thanos.info.InfoResponse.$Properties;
        }

        /**
         * Properties of a StoreInfo.
         * @deprecated Use thanos.info.StoreInfo.$Properties instead.
         */
        interface IStoreInfo extends thanos.info.StoreInfo.$Properties {
        }

        /** Represents a StoreInfo. */
        class StoreInfo {

            /**
             * Constructs a new StoreInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.StoreInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreInfo minTime. */
            minTime: (number|Long);

            /** StoreInfo maxTime. */
            maxTime: (number|Long);

            /** StoreInfo supportsSharding. */
            supportsSharding: boolean;

            /** StoreInfo supportsWithoutReplicaLabels. */
            supportsWithoutReplicaLabels: boolean;

            /** StoreInfo tsdbInfos. */
            tsdbInfos: thanos.info.TSDBInfo.$Properties[];

            /** StoreInfo supportsProjections. */
            supportsProjections: boolean;

            /**
             * Creates a new StoreInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoreInfo instance
             */
            static create(properties: thanos.info.StoreInfo.$Shape): thanos.info.StoreInfo & thanos.info.StoreInfo.$Shape;
            static create(properties?: thanos.info.StoreInfo.$Properties): thanos.info.StoreInfo;

            /**
             * Encodes the specified StoreInfo message. Does not implicitly {@link thanos.info.StoreInfo.verify|verify} messages.
             * @param message StoreInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.StoreInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StoreInfo message, length delimited. Does not implicitly {@link thanos.info.StoreInfo.verify|verify} messages.
             * @param message StoreInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.StoreInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.StoreInfo & thanos.info.StoreInfo.$Shape} StoreInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.StoreInfo & thanos.info.StoreInfo.$Shape;

            /**
             * Decodes a StoreInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.StoreInfo & thanos.info.StoreInfo.$Shape} StoreInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.StoreInfo & thanos.info.StoreInfo.$Shape;

            /**
             * Verifies a StoreInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StoreInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StoreInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.StoreInfo;

            /**
             * Creates a plain object from a StoreInfo message. Also converts values to other types if specified.
             * @param message StoreInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.StoreInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StoreInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StoreInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreInfo {

            /** Properties of a StoreInfo. */
            interface $Properties {

                /** StoreInfo minTime */
                minTime?: (number|Long|null);

                /** StoreInfo maxTime */
                maxTime?: (number|Long|null);

                /** StoreInfo supportsSharding */
                supportsSharding?: (boolean|null);

                /** StoreInfo supportsWithoutReplicaLabels */
                supportsWithoutReplicaLabels?: (boolean|null);

                /** StoreInfo tsdbInfos */
                tsdbInfos?: (thanos.info.TSDBInfo.$Properties[]|null);

                /** StoreInfo supportsProjections */
                supportsProjections?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreInfo. */
            type $Shape = thanos.info.StoreInfo.$Properties;
        }

        /**
         * Properties of a RulesInfo.
         * @deprecated Use thanos.info.RulesInfo.$Properties instead.
         */
        interface IRulesInfo extends thanos.info.RulesInfo.$Properties {
        }

        /** Represents a RulesInfo. */
        class RulesInfo {

            /**
             * Constructs a new RulesInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.RulesInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RulesInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RulesInfo instance
             */
            static create(properties: thanos.info.RulesInfo.$Shape): thanos.info.RulesInfo & thanos.info.RulesInfo.$Shape;
            static create(properties?: thanos.info.RulesInfo.$Properties): thanos.info.RulesInfo;

            /**
             * Encodes the specified RulesInfo message. Does not implicitly {@link thanos.info.RulesInfo.verify|verify} messages.
             * @param message RulesInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.RulesInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RulesInfo message, length delimited. Does not implicitly {@link thanos.info.RulesInfo.verify|verify} messages.
             * @param message RulesInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.RulesInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RulesInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.RulesInfo & thanos.info.RulesInfo.$Shape} RulesInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.RulesInfo & thanos.info.RulesInfo.$Shape;

            /**
             * Decodes a RulesInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.RulesInfo & thanos.info.RulesInfo.$Shape} RulesInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.RulesInfo & thanos.info.RulesInfo.$Shape;

            /**
             * Verifies a RulesInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RulesInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RulesInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.RulesInfo;

            /**
             * Creates a plain object from a RulesInfo message. Also converts values to other types if specified.
             * @param message RulesInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.RulesInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RulesInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RulesInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RulesInfo {

            /** Properties of a RulesInfo. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RulesInfo. */
            type $Shape = thanos.info.RulesInfo.$Properties;
        }

        /**
         * Properties of a MetricMetadataInfo.
         * @deprecated Use thanos.info.MetricMetadataInfo.$Properties instead.
         */
        interface IMetricMetadataInfo extends thanos.info.MetricMetadataInfo.$Properties {
        }

        /** Represents a MetricMetadataInfo. */
        class MetricMetadataInfo {

            /**
             * Constructs a new MetricMetadataInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.MetricMetadataInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new MetricMetadataInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricMetadataInfo instance
             */
            static create(properties: thanos.info.MetricMetadataInfo.$Shape): thanos.info.MetricMetadataInfo & thanos.info.MetricMetadataInfo.$Shape;
            static create(properties?: thanos.info.MetricMetadataInfo.$Properties): thanos.info.MetricMetadataInfo;

            /**
             * Encodes the specified MetricMetadataInfo message. Does not implicitly {@link thanos.info.MetricMetadataInfo.verify|verify} messages.
             * @param message MetricMetadataInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.MetricMetadataInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetricMetadataInfo message, length delimited. Does not implicitly {@link thanos.info.MetricMetadataInfo.verify|verify} messages.
             * @param message MetricMetadataInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.MetricMetadataInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricMetadataInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.MetricMetadataInfo & thanos.info.MetricMetadataInfo.$Shape} MetricMetadataInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.MetricMetadataInfo & thanos.info.MetricMetadataInfo.$Shape;

            /**
             * Decodes a MetricMetadataInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.MetricMetadataInfo & thanos.info.MetricMetadataInfo.$Shape} MetricMetadataInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.MetricMetadataInfo & thanos.info.MetricMetadataInfo.$Shape;

            /**
             * Verifies a MetricMetadataInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricMetadataInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricMetadataInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.MetricMetadataInfo;

            /**
             * Creates a plain object from a MetricMetadataInfo message. Also converts values to other types if specified.
             * @param message MetricMetadataInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.MetricMetadataInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricMetadataInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetricMetadataInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricMetadataInfo {

            /** Properties of a MetricMetadataInfo. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricMetadataInfo. */
            type $Shape = thanos.info.MetricMetadataInfo.$Properties;
        }

        /**
         * Properties of a TargetsInfo.
         * @deprecated Use thanos.info.TargetsInfo.$Properties instead.
         */
        interface ITargetsInfo extends thanos.info.TargetsInfo.$Properties {
        }

        /** Represents a TargetsInfo. */
        class TargetsInfo {

            /**
             * Constructs a new TargetsInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.TargetsInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new TargetsInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TargetsInfo instance
             */
            static create(properties: thanos.info.TargetsInfo.$Shape): thanos.info.TargetsInfo & thanos.info.TargetsInfo.$Shape;
            static create(properties?: thanos.info.TargetsInfo.$Properties): thanos.info.TargetsInfo;

            /**
             * Encodes the specified TargetsInfo message. Does not implicitly {@link thanos.info.TargetsInfo.verify|verify} messages.
             * @param message TargetsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.TargetsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TargetsInfo message, length delimited. Does not implicitly {@link thanos.info.TargetsInfo.verify|verify} messages.
             * @param message TargetsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.TargetsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TargetsInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.TargetsInfo & thanos.info.TargetsInfo.$Shape} TargetsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.TargetsInfo & thanos.info.TargetsInfo.$Shape;

            /**
             * Decodes a TargetsInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.TargetsInfo & thanos.info.TargetsInfo.$Shape} TargetsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.TargetsInfo & thanos.info.TargetsInfo.$Shape;

            /**
             * Verifies a TargetsInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TargetsInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TargetsInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.TargetsInfo;

            /**
             * Creates a plain object from a TargetsInfo message. Also converts values to other types if specified.
             * @param message TargetsInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.TargetsInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TargetsInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TargetsInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TargetsInfo {

            /** Properties of a TargetsInfo. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TargetsInfo. */
            type $Shape = thanos.info.TargetsInfo.$Properties;
        }

        /**
         * Properties of an ExemplarsInfo.
         * @deprecated Use thanos.info.ExemplarsInfo.$Properties instead.
         */
        interface IExemplarsInfo extends thanos.info.ExemplarsInfo.$Properties {
        }

        /** Represents an ExemplarsInfo. */
        class ExemplarsInfo {

            /**
             * Constructs a new ExemplarsInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.ExemplarsInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExemplarsInfo minTime. */
            minTime: (number|Long);

            /** ExemplarsInfo maxTime. */
            maxTime: (number|Long);

            /**
             * Creates a new ExemplarsInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExemplarsInfo instance
             */
            static create(properties: thanos.info.ExemplarsInfo.$Shape): thanos.info.ExemplarsInfo & thanos.info.ExemplarsInfo.$Shape;
            static create(properties?: thanos.info.ExemplarsInfo.$Properties): thanos.info.ExemplarsInfo;

            /**
             * Encodes the specified ExemplarsInfo message. Does not implicitly {@link thanos.info.ExemplarsInfo.verify|verify} messages.
             * @param message ExemplarsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.ExemplarsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExemplarsInfo message, length delimited. Does not implicitly {@link thanos.info.ExemplarsInfo.verify|verify} messages.
             * @param message ExemplarsInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.ExemplarsInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExemplarsInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.ExemplarsInfo & thanos.info.ExemplarsInfo.$Shape} ExemplarsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.ExemplarsInfo & thanos.info.ExemplarsInfo.$Shape;

            /**
             * Decodes an ExemplarsInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.ExemplarsInfo & thanos.info.ExemplarsInfo.$Shape} ExemplarsInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.ExemplarsInfo & thanos.info.ExemplarsInfo.$Shape;

            /**
             * Verifies an ExemplarsInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExemplarsInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExemplarsInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.ExemplarsInfo;

            /**
             * Creates a plain object from an ExemplarsInfo message. Also converts values to other types if specified.
             * @param message ExemplarsInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.ExemplarsInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExemplarsInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExemplarsInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExemplarsInfo {

            /** Properties of an ExemplarsInfo. */
            interface $Properties {

                /** ExemplarsInfo minTime */
                minTime?: (number|Long|null);

                /** ExemplarsInfo maxTime */
                maxTime?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExemplarsInfo. */
            type $Shape = thanos.info.ExemplarsInfo.$Properties;
        }

        /**
         * Properties of a QueryAPIInfo.
         * @deprecated Use thanos.info.QueryAPIInfo.$Properties instead.
         */
        interface IQueryAPIInfo extends thanos.info.QueryAPIInfo.$Properties {
        }

        /** Represents a QueryAPIInfo. */
        class QueryAPIInfo {

            /**
             * Constructs a new QueryAPIInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.QueryAPIInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueryAPIInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryAPIInfo instance
             */
            static create(properties: thanos.info.QueryAPIInfo.$Shape): thanos.info.QueryAPIInfo & thanos.info.QueryAPIInfo.$Shape;
            static create(properties?: thanos.info.QueryAPIInfo.$Properties): thanos.info.QueryAPIInfo;

            /**
             * Encodes the specified QueryAPIInfo message. Does not implicitly {@link thanos.info.QueryAPIInfo.verify|verify} messages.
             * @param message QueryAPIInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.QueryAPIInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueryAPIInfo message, length delimited. Does not implicitly {@link thanos.info.QueryAPIInfo.verify|verify} messages.
             * @param message QueryAPIInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.QueryAPIInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryAPIInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.QueryAPIInfo & thanos.info.QueryAPIInfo.$Shape} QueryAPIInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.QueryAPIInfo & thanos.info.QueryAPIInfo.$Shape;

            /**
             * Decodes a QueryAPIInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.QueryAPIInfo & thanos.info.QueryAPIInfo.$Shape} QueryAPIInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.QueryAPIInfo & thanos.info.QueryAPIInfo.$Shape;

            /**
             * Verifies a QueryAPIInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueryAPIInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryAPIInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.QueryAPIInfo;

            /**
             * Creates a plain object from a QueryAPIInfo message. Also converts values to other types if specified.
             * @param message QueryAPIInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.QueryAPIInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryAPIInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryAPIInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryAPIInfo {

            /** Properties of a QueryAPIInfo. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryAPIInfo. */
            type $Shape = thanos.info.QueryAPIInfo.$Properties;
        }

        /**
         * Properties of a StatusInfo.
         * @deprecated Use thanos.info.StatusInfo.$Properties instead.
         */
        interface IStatusInfo extends thanos.info.StatusInfo.$Properties {
        }

        /** Represents a StatusInfo. */
        class StatusInfo {

            /**
             * Constructs a new StatusInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.StatusInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusInfo instance
             */
            static create(properties: thanos.info.StatusInfo.$Shape): thanos.info.StatusInfo & thanos.info.StatusInfo.$Shape;
            static create(properties?: thanos.info.StatusInfo.$Properties): thanos.info.StatusInfo;

            /**
             * Encodes the specified StatusInfo message. Does not implicitly {@link thanos.info.StatusInfo.verify|verify} messages.
             * @param message StatusInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.StatusInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusInfo message, length delimited. Does not implicitly {@link thanos.info.StatusInfo.verify|verify} messages.
             * @param message StatusInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.StatusInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.StatusInfo & thanos.info.StatusInfo.$Shape} StatusInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.StatusInfo & thanos.info.StatusInfo.$Shape;

            /**
             * Decodes a StatusInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.StatusInfo & thanos.info.StatusInfo.$Shape} StatusInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.StatusInfo & thanos.info.StatusInfo.$Shape;

            /**
             * Verifies a StatusInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.StatusInfo;

            /**
             * Creates a plain object from a StatusInfo message. Also converts values to other types if specified.
             * @param message StatusInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.StatusInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusInfo {

            /** Properties of a StatusInfo. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusInfo. */
            type $Shape = thanos.info.StatusInfo.$Properties;
        }

        /**
         * Properties of a TSDBInfo.
         * @deprecated Use thanos.info.TSDBInfo.$Properties instead.
         */
        interface ITSDBInfo extends thanos.info.TSDBInfo.$Properties {
        }

        /** Represents a TSDBInfo. */
        class TSDBInfo {

            /**
             * Constructs a new TSDBInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: thanos.info.TSDBInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TSDBInfo labels. */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** TSDBInfo minTime. */
            minTime: (number|Long);

            /** TSDBInfo maxTime. */
            maxTime: (number|Long);

            /**
             * Creates a new TSDBInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TSDBInfo instance
             */
            static create(properties: thanos.info.TSDBInfo.$Shape): thanos.info.TSDBInfo & thanos.info.TSDBInfo.$Shape;
            static create(properties?: thanos.info.TSDBInfo.$Properties): thanos.info.TSDBInfo;

            /**
             * Encodes the specified TSDBInfo message. Does not implicitly {@link thanos.info.TSDBInfo.verify|verify} messages.
             * @param message TSDBInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: thanos.info.TSDBInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TSDBInfo message, length delimited. Does not implicitly {@link thanos.info.TSDBInfo.verify|verify} messages.
             * @param message TSDBInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: thanos.info.TSDBInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TSDBInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {thanos.info.TSDBInfo & thanos.info.TSDBInfo.$Shape} TSDBInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.info.TSDBInfo & thanos.info.TSDBInfo.$Shape;

            /**
             * Decodes a TSDBInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {thanos.info.TSDBInfo & thanos.info.TSDBInfo.$Shape} TSDBInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.info.TSDBInfo & thanos.info.TSDBInfo.$Shape;

            /**
             * Verifies a TSDBInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TSDBInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TSDBInfo
             */
            static fromObject(object: { [k: string]: any }): thanos.info.TSDBInfo;

            /**
             * Creates a plain object from a TSDBInfo message. Also converts values to other types if specified.
             * @param message TSDBInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: thanos.info.TSDBInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TSDBInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TSDBInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TSDBInfo {

            /** Properties of a TSDBInfo. */
            interface $Properties {

                /** TSDBInfo labels */
                labels?: (thanos.ZLabelSet.$Properties|null);

                /** TSDBInfo minTime */
                minTime?: (number|Long|null);

                /** TSDBInfo maxTime */
                maxTime?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TSDBInfo. */
            type $Shape = thanos.info.TSDBInfo.$Properties;
        }
    }

    /**
     * Properties of a MetricMetadataRequest.
     * @deprecated Use thanos.MetricMetadataRequest.$Properties instead.
     */
    interface IMetricMetadataRequest extends thanos.MetricMetadataRequest.$Properties {
    }

    /** Represents a MetricMetadataRequest. */
    class MetricMetadataRequest {

        /**
         * Constructs a new MetricMetadataRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.MetricMetadataRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricMetadataRequest metric. */
        metric: string;

        /** MetricMetadataRequest limit. */
        limit: number;

        /** MetricMetadataRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /**
         * Creates a new MetricMetadataRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricMetadataRequest instance
         */
        static create(properties: thanos.MetricMetadataRequest.$Shape): thanos.MetricMetadataRequest & thanos.MetricMetadataRequest.$Shape;
        static create(properties?: thanos.MetricMetadataRequest.$Properties): thanos.MetricMetadataRequest;

        /**
         * Encodes the specified MetricMetadataRequest message. Does not implicitly {@link thanos.MetricMetadataRequest.verify|verify} messages.
         * @param message MetricMetadataRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.MetricMetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricMetadataRequest message, length delimited. Does not implicitly {@link thanos.MetricMetadataRequest.verify|verify} messages.
         * @param message MetricMetadataRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.MetricMetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricMetadataRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.MetricMetadataRequest & thanos.MetricMetadataRequest.$Shape} MetricMetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.MetricMetadataRequest & thanos.MetricMetadataRequest.$Shape;

        /**
         * Decodes a MetricMetadataRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.MetricMetadataRequest & thanos.MetricMetadataRequest.$Shape} MetricMetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.MetricMetadataRequest & thanos.MetricMetadataRequest.$Shape;

        /**
         * Verifies a MetricMetadataRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricMetadataRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricMetadataRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.MetricMetadataRequest;

        /**
         * Creates a plain object from a MetricMetadataRequest message. Also converts values to other types if specified.
         * @param message MetricMetadataRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.MetricMetadataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricMetadataRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricMetadataRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricMetadataRequest {

        /** Properties of a MetricMetadataRequest. */
        interface $Properties {

            /** MetricMetadataRequest metric */
            metric?: (string|null);

            /** MetricMetadataRequest limit */
            limit?: (number|null);

            /** MetricMetadataRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricMetadataRequest. */
        type $Shape = thanos.MetricMetadataRequest.$Properties;
    }

    /**
     * Properties of a MetricMetadataResponse.
     * @deprecated Use thanos.MetricMetadataResponse.$Properties instead.
     */
    interface IMetricMetadataResponse extends thanos.MetricMetadataResponse.$Properties {
    }

    /** Represents a MetricMetadataResponse. */
    class MetricMetadataResponse {

        /**
         * Constructs a new MetricMetadataResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.MetricMetadataResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricMetadataResponse metadata. */
        metadata?: (thanos.MetricMetadata.$Properties|null);

        /** MetricMetadataResponse warning. */
        warning?: (string|null);

        /** MetricMetadataResponse result. */
        result?: ("metadata"|"warning");

        /**
         * Creates a new MetricMetadataResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricMetadataResponse instance
         */
        static create(properties: thanos.MetricMetadataResponse.$Shape): thanos.MetricMetadataResponse & thanos.MetricMetadataResponse.$Shape;
        static create(properties?: thanos.MetricMetadataResponse.$Properties): thanos.MetricMetadataResponse;

        /**
         * Encodes the specified MetricMetadataResponse message. Does not implicitly {@link thanos.MetricMetadataResponse.verify|verify} messages.
         * @param message MetricMetadataResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.MetricMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricMetadataResponse message, length delimited. Does not implicitly {@link thanos.MetricMetadataResponse.verify|verify} messages.
         * @param message MetricMetadataResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.MetricMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricMetadataResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.MetricMetadataResponse & thanos.MetricMetadataResponse.$Shape} MetricMetadataResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.MetricMetadataResponse & thanos.MetricMetadataResponse.$Shape;

        /**
         * Decodes a MetricMetadataResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.MetricMetadataResponse & thanos.MetricMetadataResponse.$Shape} MetricMetadataResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.MetricMetadataResponse & thanos.MetricMetadataResponse.$Shape;

        /**
         * Verifies a MetricMetadataResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricMetadataResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricMetadataResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.MetricMetadataResponse;

        /**
         * Creates a plain object from a MetricMetadataResponse message. Also converts values to other types if specified.
         * @param message MetricMetadataResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.MetricMetadataResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricMetadataResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricMetadataResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricMetadataResponse {

        /** Properties of a MetricMetadataResponse. */
        interface $Properties {

            /** MetricMetadataResponse metadata */
            metadata?: (thanos.MetricMetadata.$Properties|null);

            /** MetricMetadataResponse warning */
            warning?: (string|null);

            /** MetricMetadataResponse result */
            result?: ("metadata"|"warning");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MetricMetadataResponse. */
        type $Shape = {
          metadata?: thanos.MetricMetadata.$Shape|null;
          warning?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; metadata?: null; warning?: null }|{ result?: "metadata"; metadata: thanos.MetricMetadata.$Shape; warning?: null }|{ result?: "warning"; metadata?: null; warning: string })
        );
    }

    /**
     * Properties of a MetricMetadata.
     * @deprecated Use thanos.MetricMetadata.$Properties instead.
     */
    interface IMetricMetadata extends thanos.MetricMetadata.$Properties {
    }

    /** Represents a MetricMetadata. */
    class MetricMetadata {

        /**
         * Constructs a new MetricMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.MetricMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricMetadata metadata. */
        metadata: { [k: string]: thanos.MetricMetadataEntry.$Properties };

        /**
         * Creates a new MetricMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricMetadata instance
         */
        static create(properties: thanos.MetricMetadata.$Shape): thanos.MetricMetadata & thanos.MetricMetadata.$Shape;
        static create(properties?: thanos.MetricMetadata.$Properties): thanos.MetricMetadata;

        /**
         * Encodes the specified MetricMetadata message. Does not implicitly {@link thanos.MetricMetadata.verify|verify} messages.
         * @param message MetricMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.MetricMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricMetadata message, length delimited. Does not implicitly {@link thanos.MetricMetadata.verify|verify} messages.
         * @param message MetricMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.MetricMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.MetricMetadata & thanos.MetricMetadata.$Shape} MetricMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.MetricMetadata & thanos.MetricMetadata.$Shape;

        /**
         * Decodes a MetricMetadata message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.MetricMetadata & thanos.MetricMetadata.$Shape} MetricMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.MetricMetadata & thanos.MetricMetadata.$Shape;

        /**
         * Verifies a MetricMetadata message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricMetadata message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricMetadata
         */
        static fromObject(object: { [k: string]: any }): thanos.MetricMetadata;

        /**
         * Creates a plain object from a MetricMetadata message. Also converts values to other types if specified.
         * @param message MetricMetadata
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.MetricMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricMetadata to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricMetadata
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricMetadata {

        /** Properties of a MetricMetadata. */
        interface $Properties {

            /** MetricMetadata metadata */
            metadata?: ({ [k: string]: thanos.MetricMetadataEntry.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricMetadata. */
        type $Shape = thanos.MetricMetadata.$Properties;
    }

    /**
     * Properties of a MetricMetadataEntry.
     * @deprecated Use thanos.MetricMetadataEntry.$Properties instead.
     */
    interface IMetricMetadataEntry extends thanos.MetricMetadataEntry.$Properties {
    }

    /** Represents a MetricMetadataEntry. */
    class MetricMetadataEntry {

        /**
         * Constructs a new MetricMetadataEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.MetricMetadataEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricMetadataEntry metas. */
        metas: thanos.Meta.$Properties[];

        /**
         * Creates a new MetricMetadataEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricMetadataEntry instance
         */
        static create(properties: thanos.MetricMetadataEntry.$Shape): thanos.MetricMetadataEntry & thanos.MetricMetadataEntry.$Shape;
        static create(properties?: thanos.MetricMetadataEntry.$Properties): thanos.MetricMetadataEntry;

        /**
         * Encodes the specified MetricMetadataEntry message. Does not implicitly {@link thanos.MetricMetadataEntry.verify|verify} messages.
         * @param message MetricMetadataEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.MetricMetadataEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MetricMetadataEntry message, length delimited. Does not implicitly {@link thanos.MetricMetadataEntry.verify|verify} messages.
         * @param message MetricMetadataEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.MetricMetadataEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricMetadataEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.MetricMetadataEntry & thanos.MetricMetadataEntry.$Shape} MetricMetadataEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.MetricMetadataEntry & thanos.MetricMetadataEntry.$Shape;

        /**
         * Decodes a MetricMetadataEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.MetricMetadataEntry & thanos.MetricMetadataEntry.$Shape} MetricMetadataEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.MetricMetadataEntry & thanos.MetricMetadataEntry.$Shape;

        /**
         * Verifies a MetricMetadataEntry message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MetricMetadataEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricMetadataEntry
         */
        static fromObject(object: { [k: string]: any }): thanos.MetricMetadataEntry;

        /**
         * Creates a plain object from a MetricMetadataEntry message. Also converts values to other types if specified.
         * @param message MetricMetadataEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.MetricMetadataEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricMetadataEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricMetadataEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricMetadataEntry {

        /** Properties of a MetricMetadataEntry. */
        interface $Properties {

            /** MetricMetadataEntry metas */
            metas?: (thanos.Meta.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricMetadataEntry. */
        type $Shape = thanos.MetricMetadataEntry.$Properties;
    }

    /**
     * Properties of a Meta.
     * @deprecated Use thanos.Meta.$Properties instead.
     */
    interface IMeta extends thanos.Meta.$Properties {
    }

    /** Represents a Meta. */
    class Meta {

        /**
         * Constructs a new Meta.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Meta.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Meta type. */
        type: string;

        /** Meta help. */
        help: string;

        /** Meta unit. */
        unit: string;

        /**
         * Creates a new Meta instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Meta instance
         */
        static create(properties: thanos.Meta.$Shape): thanos.Meta & thanos.Meta.$Shape;
        static create(properties?: thanos.Meta.$Properties): thanos.Meta;

        /**
         * Encodes the specified Meta message. Does not implicitly {@link thanos.Meta.verify|verify} messages.
         * @param message Meta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Meta message, length delimited. Does not implicitly {@link thanos.Meta.verify|verify} messages.
         * @param message Meta message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Meta message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Meta & thanos.Meta.$Shape} Meta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Meta & thanos.Meta.$Shape;

        /**
         * Decodes a Meta message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Meta & thanos.Meta.$Shape} Meta
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Meta & thanos.Meta.$Shape;

        /**
         * Verifies a Meta message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Meta message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Meta
         */
        static fromObject(object: { [k: string]: any }): thanos.Meta;

        /**
         * Creates a plain object from a Meta message. Also converts values to other types if specified.
         * @param message Meta
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Meta, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Meta to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Meta
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Meta {

        /** Properties of a Meta. */
        interface $Properties {

            /** Meta type */
            type?: (string|null);

            /** Meta help */
            help?: (string|null);

            /** Meta unit */
            unit?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Meta. */
        type $Shape = thanos.Meta.$Properties;
    }

    /**
     * Properties of a RulesRequest.
     * @deprecated Use thanos.RulesRequest.$Properties instead.
     */
    interface IRulesRequest extends thanos.RulesRequest.$Properties {
    }

    /** Represents a RulesRequest. */
    class RulesRequest {

        /**
         * Constructs a new RulesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RulesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RulesRequest type. */
        type: thanos.RulesRequest.Type;

        /** RulesRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /** RulesRequest matcherString. */
        matcherString: string[];

        /** RulesRequest ruleName. */
        ruleName: string[];

        /** RulesRequest ruleGroup. */
        ruleGroup: string[];

        /** RulesRequest file. */
        file: string[];

        /**
         * Creates a new RulesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RulesRequest instance
         */
        static create(properties: thanos.RulesRequest.$Shape): thanos.RulesRequest & thanos.RulesRequest.$Shape;
        static create(properties?: thanos.RulesRequest.$Properties): thanos.RulesRequest;

        /**
         * Encodes the specified RulesRequest message. Does not implicitly {@link thanos.RulesRequest.verify|verify} messages.
         * @param message RulesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RulesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RulesRequest message, length delimited. Does not implicitly {@link thanos.RulesRequest.verify|verify} messages.
         * @param message RulesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.RulesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RulesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RulesRequest & thanos.RulesRequest.$Shape} RulesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RulesRequest & thanos.RulesRequest.$Shape;

        /**
         * Decodes a RulesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.RulesRequest & thanos.RulesRequest.$Shape} RulesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.RulesRequest & thanos.RulesRequest.$Shape;

        /**
         * Verifies a RulesRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RulesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RulesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.RulesRequest;

        /**
         * Creates a plain object from a RulesRequest message. Also converts values to other types if specified.
         * @param message RulesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RulesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RulesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RulesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RulesRequest {

        /** Properties of a RulesRequest. */
        interface $Properties {

            /** RulesRequest type */
            type?: (thanos.RulesRequest.Type|null);

            /** RulesRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** RulesRequest matcherString */
            matcherString?: (string[]|null);

            /** RulesRequest ruleName */
            ruleName?: (string[]|null);

            /** RulesRequest ruleGroup */
            ruleGroup?: (string[]|null);

            /** RulesRequest file */
            file?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RulesRequest. */
        type $Shape = thanos.RulesRequest.$Properties;

        /** Type enum. */
        enum Type {

            /** ALL value */
            ALL = 0,

            /** ALERT value */
            ALERT = 1,

            /** RECORD value */
            RECORD = 2
        }
    }

    /**
     * Properties of a RulesResponse.
     * @deprecated Use thanos.RulesResponse.$Properties instead.
     */
    interface IRulesResponse extends thanos.RulesResponse.$Properties {
    }

    /** Represents a RulesResponse. */
    class RulesResponse {

        /**
         * Constructs a new RulesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RulesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RulesResponse group. */
        group?: (thanos.RuleGroup.$Properties|null);

        /** RulesResponse warning. */
        warning?: (string|null);

        /** RulesResponse result. */
        result?: ("group"|"warning");

        /**
         * Creates a new RulesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RulesResponse instance
         */
        static create(properties: thanos.RulesResponse.$Shape): thanos.RulesResponse & thanos.RulesResponse.$Shape;
        static create(properties?: thanos.RulesResponse.$Properties): thanos.RulesResponse;

        /**
         * Encodes the specified RulesResponse message. Does not implicitly {@link thanos.RulesResponse.verify|verify} messages.
         * @param message RulesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RulesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RulesResponse message, length delimited. Does not implicitly {@link thanos.RulesResponse.verify|verify} messages.
         * @param message RulesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.RulesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RulesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RulesResponse & thanos.RulesResponse.$Shape} RulesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RulesResponse & thanos.RulesResponse.$Shape;

        /**
         * Decodes a RulesResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.RulesResponse & thanos.RulesResponse.$Shape} RulesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.RulesResponse & thanos.RulesResponse.$Shape;

        /**
         * Verifies a RulesResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RulesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RulesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.RulesResponse;

        /**
         * Creates a plain object from a RulesResponse message. Also converts values to other types if specified.
         * @param message RulesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RulesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RulesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RulesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RulesResponse {

        /** Properties of a RulesResponse. */
        interface $Properties {

            /** RulesResponse group */
            group?: (thanos.RuleGroup.$Properties|null);

            /** RulesResponse warning */
            warning?: (string|null);

            /** RulesResponse result */
            result?: ("group"|"warning");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a RulesResponse. */
        type $Shape = {
          group?: thanos.RuleGroup.$Shape|null;
          warning?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; group?: null; warning?: null }|{ result?: "group"; group: thanos.RuleGroup.$Shape; warning?: null }|{ result?: "warning"; group?: null; warning: string })
        );
    }

    /**
     * Properties of a RuleGroups.
     * @deprecated Use thanos.RuleGroups.$Properties instead.
     */
    interface IRuleGroups extends thanos.RuleGroups.$Properties {
    }

    /** Represents a RuleGroups. */
    class RuleGroups {

        /**
         * Constructs a new RuleGroups.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RuleGroups.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RuleGroups groups. */
        groups: thanos.RuleGroup.$Properties[];

        /**
         * Creates a new RuleGroups instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RuleGroups instance
         */
        static create(properties: thanos.RuleGroups.$Shape): thanos.RuleGroups & thanos.RuleGroups.$Shape;
        static create(properties?: thanos.RuleGroups.$Properties): thanos.RuleGroups;

        /**
         * Encodes the specified RuleGroups message. Does not implicitly {@link thanos.RuleGroups.verify|verify} messages.
         * @param message RuleGroups message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RuleGroups.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RuleGroups message, length delimited. Does not implicitly {@link thanos.RuleGroups.verify|verify} messages.
         * @param message RuleGroups message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.RuleGroups.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RuleGroups message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RuleGroups & thanos.RuleGroups.$Shape} RuleGroups
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RuleGroups & thanos.RuleGroups.$Shape;

        /**
         * Decodes a RuleGroups message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.RuleGroups & thanos.RuleGroups.$Shape} RuleGroups
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.RuleGroups & thanos.RuleGroups.$Shape;

        /**
         * Verifies a RuleGroups message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RuleGroups message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RuleGroups
         */
        static fromObject(object: { [k: string]: any }): thanos.RuleGroups;

        /**
         * Creates a plain object from a RuleGroups message. Also converts values to other types if specified.
         * @param message RuleGroups
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RuleGroups, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RuleGroups to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RuleGroups
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RuleGroups {

        /** Properties of a RuleGroups. */
        interface $Properties {

            /** RuleGroups groups */
            groups?: (thanos.RuleGroup.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RuleGroups. */
        type $Shape = {
          groups?: thanos.RuleGroup.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a RuleGroup.
     * @deprecated Use thanos.RuleGroup.$Properties instead.
     */
    interface IRuleGroup extends thanos.RuleGroup.$Properties {
    }

    /** Represents a RuleGroup. */
    class RuleGroup {

        /**
         * Constructs a new RuleGroup.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RuleGroup.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RuleGroup name. */
        name: string;

        /** RuleGroup file. */
        file: string;

        /** RuleGroup rules. */
        rules: thanos.Rule.$Properties[];

        /** RuleGroup interval. */
        interval: number;

        /** RuleGroup evaluationDurationSeconds. */
        evaluationDurationSeconds: number;

        /** RuleGroup lastEvaluation. */
        lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

        /** RuleGroup PartialResponseStrategy. */
        PartialResponseStrategy: thanos.PartialResponseStrategy;

        /** RuleGroup limit. */
        limit: (number|Long);

        /**
         * Creates a new RuleGroup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RuleGroup instance
         */
        static create(properties: thanos.RuleGroup.$Shape): thanos.RuleGroup & thanos.RuleGroup.$Shape;
        static create(properties?: thanos.RuleGroup.$Properties): thanos.RuleGroup;

        /**
         * Encodes the specified RuleGroup message. Does not implicitly {@link thanos.RuleGroup.verify|verify} messages.
         * @param message RuleGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RuleGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RuleGroup message, length delimited. Does not implicitly {@link thanos.RuleGroup.verify|verify} messages.
         * @param message RuleGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.RuleGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RuleGroup message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RuleGroup & thanos.RuleGroup.$Shape} RuleGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RuleGroup & thanos.RuleGroup.$Shape;

        /**
         * Decodes a RuleGroup message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.RuleGroup & thanos.RuleGroup.$Shape} RuleGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.RuleGroup & thanos.RuleGroup.$Shape;

        /**
         * Verifies a RuleGroup message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RuleGroup message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RuleGroup
         */
        static fromObject(object: { [k: string]: any }): thanos.RuleGroup;

        /**
         * Creates a plain object from a RuleGroup message. Also converts values to other types if specified.
         * @param message RuleGroup
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RuleGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RuleGroup to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RuleGroup
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RuleGroup {

        /** Properties of a RuleGroup. */
        interface $Properties {

            /** RuleGroup name */
            name?: (string|null);

            /** RuleGroup file */
            file?: (string|null);

            /** RuleGroup rules */
            rules?: (thanos.Rule.$Properties[]|null);

            /** RuleGroup interval */
            interval?: (number|null);

            /** RuleGroup evaluationDurationSeconds */
            evaluationDurationSeconds?: (number|null);

            /** RuleGroup lastEvaluation */
            lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

            /** RuleGroup PartialResponseStrategy */
            PartialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** RuleGroup limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RuleGroup. */
        type $Shape = {
          name?: string|null;
          file?: string|null;
          rules?: thanos.Rule.$Shape[]|null;
          interval?: number|null;
          evaluationDurationSeconds?: number|null;
          lastEvaluation?: google.protobuf.Timestamp.$Shape|null;
          PartialResponseStrategy?: thanos.PartialResponseStrategy|null;
          limit?: number|Long|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Rule.
     * @deprecated Use thanos.Rule.$Properties instead.
     */
    interface IRule extends thanos.Rule.$Properties {
    }

    /** Represents a Rule. */
    class Rule {

        /**
         * Constructs a new Rule.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Rule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Rule recording. */
        recording?: (thanos.RecordingRule.$Properties|null);

        /** Rule alert. */
        alert?: (thanos.Alert.$Properties|null);

        /** Rule result. */
        result?: ("recording"|"alert");

        /**
         * Creates a new Rule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Rule instance
         */
        static create(properties: thanos.Rule.$Shape): thanos.Rule & thanos.Rule.$Shape;
        static create(properties?: thanos.Rule.$Properties): thanos.Rule;

        /**
         * Encodes the specified Rule message. Does not implicitly {@link thanos.Rule.verify|verify} messages.
         * @param message Rule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Rule message, length delimited. Does not implicitly {@link thanos.Rule.verify|verify} messages.
         * @param message Rule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Rule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Rule & thanos.Rule.$Shape} Rule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Rule & thanos.Rule.$Shape;

        /**
         * Decodes a Rule message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Rule & thanos.Rule.$Shape} Rule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Rule & thanos.Rule.$Shape;

        /**
         * Verifies a Rule message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Rule message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Rule
         */
        static fromObject(object: { [k: string]: any }): thanos.Rule;

        /**
         * Creates a plain object from a Rule message. Also converts values to other types if specified.
         * @param message Rule
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Rule, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Rule to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Rule
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Rule {

        /** Properties of a Rule. */
        interface $Properties {

            /** Rule recording */
            recording?: (thanos.RecordingRule.$Properties|null);

            /** Rule alert */
            alert?: (thanos.Alert.$Properties|null);

            /** Rule result */
            result?: ("recording"|"alert");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Rule. */
        type $Shape = {
          recording?: thanos.RecordingRule.$Shape|null;
          alert?: thanos.Alert.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; recording?: null; alert?: null }|{ result?: "recording"; recording: thanos.RecordingRule.$Shape; alert?: null }|{ result?: "alert"; recording?: null; alert: thanos.Alert.$Shape })
        );
    }

    /** AlertState enum. */
    enum AlertState {

        /** UNKNOWN value */
        UNKNOWN = 0,

        /** INACTIVE value */
        INACTIVE = 1,

        /** PENDING value */
        PENDING = 2,

        /** FIRING value */
        FIRING = 3
    }

    /**
     * Properties of an AlertInstance.
     * @deprecated Use thanos.AlertInstance.$Properties instead.
     */
    interface IAlertInstance extends thanos.AlertInstance.$Properties {
    }

    /** Represents an AlertInstance. */
    class AlertInstance {

        /**
         * Constructs a new AlertInstance.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.AlertInstance.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertInstance labels. */
        labels?: (thanos.ZLabelSet.$Properties|null);

        /** AlertInstance annotations. */
        annotations?: (thanos.ZLabelSet.$Properties|null);

        /** AlertInstance state. */
        state: thanos.AlertState;

        /** AlertInstance activeAt. */
        activeAt?: (google.protobuf.Timestamp.$Properties|null);

        /** AlertInstance value. */
        value: string;

        /** AlertInstance PartialResponseStrategy. */
        PartialResponseStrategy: thanos.PartialResponseStrategy;

        /**
         * Creates a new AlertInstance instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertInstance instance
         */
        static create(properties: thanos.AlertInstance.$Shape): thanos.AlertInstance & thanos.AlertInstance.$Shape;
        static create(properties?: thanos.AlertInstance.$Properties): thanos.AlertInstance;

        /**
         * Encodes the specified AlertInstance message. Does not implicitly {@link thanos.AlertInstance.verify|verify} messages.
         * @param message AlertInstance message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.AlertInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlertInstance message, length delimited. Does not implicitly {@link thanos.AlertInstance.verify|verify} messages.
         * @param message AlertInstance message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.AlertInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertInstance message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.AlertInstance & thanos.AlertInstance.$Shape} AlertInstance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.AlertInstance & thanos.AlertInstance.$Shape;

        /**
         * Decodes an AlertInstance message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.AlertInstance & thanos.AlertInstance.$Shape} AlertInstance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.AlertInstance & thanos.AlertInstance.$Shape;

        /**
         * Verifies an AlertInstance message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlertInstance message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlertInstance
         */
        static fromObject(object: { [k: string]: any }): thanos.AlertInstance;

        /**
         * Creates a plain object from an AlertInstance message. Also converts values to other types if specified.
         * @param message AlertInstance
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.AlertInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlertInstance to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AlertInstance
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AlertInstance {

        /** Properties of an AlertInstance. */
        interface $Properties {

            /** AlertInstance labels */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** AlertInstance annotations */
            annotations?: (thanos.ZLabelSet.$Properties|null);

            /** AlertInstance state */
            state?: (thanos.AlertState|null);

            /** AlertInstance activeAt */
            activeAt?: (google.protobuf.Timestamp.$Properties|null);

            /** AlertInstance value */
            value?: (string|null);

            /** AlertInstance PartialResponseStrategy */
            PartialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertInstance. */
        type $Shape = thanos.AlertInstance.$Properties;
    }

    /**
     * Properties of an Alert.
     * @deprecated Use thanos.Alert.$Properties instead.
     */
    interface IAlert extends thanos.Alert.$Properties {
    }

    /** Represents an Alert. */
    class Alert {

        /**
         * Constructs a new Alert.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Alert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Alert state. */
        state: thanos.AlertState;

        /** Alert name. */
        name: string;

        /** Alert query. */
        query: string;

        /** Alert durationSeconds. */
        durationSeconds: number;

        /** Alert labels. */
        labels?: (thanos.ZLabelSet.$Properties|null);

        /** Alert annotations. */
        annotations?: (thanos.ZLabelSet.$Properties|null);

        /** Alert alerts. */
        alerts: thanos.AlertInstance.$Properties[];

        /** Alert health. */
        health: string;

        /** Alert lastError. */
        lastError: string;

        /** Alert evaluationDurationSeconds. */
        evaluationDurationSeconds: number;

        /** Alert lastEvaluation. */
        lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

        /** Alert keepFiringForSeconds. */
        keepFiringForSeconds: number;

        /**
         * Creates a new Alert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Alert instance
         */
        static create(properties: thanos.Alert.$Shape): thanos.Alert & thanos.Alert.$Shape;
        static create(properties?: thanos.Alert.$Properties): thanos.Alert;

        /**
         * Encodes the specified Alert message. Does not implicitly {@link thanos.Alert.verify|verify} messages.
         * @param message Alert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Alert message, length delimited. Does not implicitly {@link thanos.Alert.verify|verify} messages.
         * @param message Alert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Alert & thanos.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Alert & thanos.Alert.$Shape;

        /**
         * Decodes an Alert message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Alert & thanos.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Alert & thanos.Alert.$Shape;

        /**
         * Verifies an Alert message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Alert message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Alert
         */
        static fromObject(object: { [k: string]: any }): thanos.Alert;

        /**
         * Creates a plain object from an Alert message. Also converts values to other types if specified.
         * @param message Alert
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Alert, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Alert to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Alert
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Alert {

        /** Properties of an Alert. */
        interface $Properties {

            /** Alert state */
            state?: (thanos.AlertState|null);

            /** Alert name */
            name?: (string|null);

            /** Alert query */
            query?: (string|null);

            /** Alert durationSeconds */
            durationSeconds?: (number|null);

            /** Alert labels */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** Alert annotations */
            annotations?: (thanos.ZLabelSet.$Properties|null);

            /** Alert alerts */
            alerts?: (thanos.AlertInstance.$Properties[]|null);

            /** Alert health */
            health?: (string|null);

            /** Alert lastError */
            lastError?: (string|null);

            /** Alert evaluationDurationSeconds */
            evaluationDurationSeconds?: (number|null);

            /** Alert lastEvaluation */
            lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

            /** Alert keepFiringForSeconds */
            keepFiringForSeconds?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Alert. */
        type $Shape = thanos.Alert.$Properties;
    }

    /**
     * Properties of a RecordingRule.
     * @deprecated Use thanos.RecordingRule.$Properties instead.
     */
    interface IRecordingRule extends thanos.RecordingRule.$Properties {
    }

    /** Represents a RecordingRule. */
    class RecordingRule {

        /**
         * Constructs a new RecordingRule.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RecordingRule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecordingRule name. */
        name: string;

        /** RecordingRule query. */
        query: string;

        /** RecordingRule labels. */
        labels?: (thanos.ZLabelSet.$Properties|null);

        /** RecordingRule health. */
        health: string;

        /** RecordingRule lastError. */
        lastError: string;

        /** RecordingRule evaluationDurationSeconds. */
        evaluationDurationSeconds: number;

        /** RecordingRule lastEvaluation. */
        lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

        /**
         * Creates a new RecordingRule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RecordingRule instance
         */
        static create(properties: thanos.RecordingRule.$Shape): thanos.RecordingRule & thanos.RecordingRule.$Shape;
        static create(properties?: thanos.RecordingRule.$Properties): thanos.RecordingRule;

        /**
         * Encodes the specified RecordingRule message. Does not implicitly {@link thanos.RecordingRule.verify|verify} messages.
         * @param message RecordingRule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RecordingRule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RecordingRule message, length delimited. Does not implicitly {@link thanos.RecordingRule.verify|verify} messages.
         * @param message RecordingRule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.RecordingRule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecordingRule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RecordingRule & thanos.RecordingRule.$Shape} RecordingRule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RecordingRule & thanos.RecordingRule.$Shape;

        /**
         * Decodes a RecordingRule message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.RecordingRule & thanos.RecordingRule.$Shape} RecordingRule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.RecordingRule & thanos.RecordingRule.$Shape;

        /**
         * Verifies a RecordingRule message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RecordingRule message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RecordingRule
         */
        static fromObject(object: { [k: string]: any }): thanos.RecordingRule;

        /**
         * Creates a plain object from a RecordingRule message. Also converts values to other types if specified.
         * @param message RecordingRule
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RecordingRule, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RecordingRule to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RecordingRule
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RecordingRule {

        /** Properties of a RecordingRule. */
        interface $Properties {

            /** RecordingRule name */
            name?: (string|null);

            /** RecordingRule query */
            query?: (string|null);

            /** RecordingRule labels */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** RecordingRule health */
            health?: (string|null);

            /** RecordingRule lastError */
            lastError?: (string|null);

            /** RecordingRule evaluationDurationSeconds */
            evaluationDurationSeconds?: (number|null);

            /** RecordingRule lastEvaluation */
            lastEvaluation?: (google.protobuf.Timestamp.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecordingRule. */
        type $Shape = thanos.RecordingRule.$Properties;
    }

    /**
     * Properties of a TSDBStatisticsRequest.
     * @deprecated Use thanos.TSDBStatisticsRequest.$Properties instead.
     */
    interface ITSDBStatisticsRequest extends thanos.TSDBStatisticsRequest.$Properties {
    }

    /** Represents a TSDBStatisticsRequest. */
    class TSDBStatisticsRequest {

        /**
         * Constructs a new TSDBStatisticsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TSDBStatisticsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TSDBStatisticsRequest tenant. */
        tenant: string;

        /** TSDBStatisticsRequest limit. */
        limit: number;

        /** TSDBStatisticsRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /** TSDBStatisticsRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /**
         * Creates a new TSDBStatisticsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TSDBStatisticsRequest instance
         */
        static create(properties: thanos.TSDBStatisticsRequest.$Shape): thanos.TSDBStatisticsRequest & thanos.TSDBStatisticsRequest.$Shape;
        static create(properties?: thanos.TSDBStatisticsRequest.$Properties): thanos.TSDBStatisticsRequest;

        /**
         * Encodes the specified TSDBStatisticsRequest message. Does not implicitly {@link thanos.TSDBStatisticsRequest.verify|verify} messages.
         * @param message TSDBStatisticsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TSDBStatisticsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TSDBStatisticsRequest message, length delimited. Does not implicitly {@link thanos.TSDBStatisticsRequest.verify|verify} messages.
         * @param message TSDBStatisticsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TSDBStatisticsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TSDBStatisticsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TSDBStatisticsRequest & thanos.TSDBStatisticsRequest.$Shape} TSDBStatisticsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TSDBStatisticsRequest & thanos.TSDBStatisticsRequest.$Shape;

        /**
         * Decodes a TSDBStatisticsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TSDBStatisticsRequest & thanos.TSDBStatisticsRequest.$Shape} TSDBStatisticsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TSDBStatisticsRequest & thanos.TSDBStatisticsRequest.$Shape;

        /**
         * Verifies a TSDBStatisticsRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TSDBStatisticsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TSDBStatisticsRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.TSDBStatisticsRequest;

        /**
         * Creates a plain object from a TSDBStatisticsRequest message. Also converts values to other types if specified.
         * @param message TSDBStatisticsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TSDBStatisticsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TSDBStatisticsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TSDBStatisticsRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TSDBStatisticsRequest {

        /** Properties of a TSDBStatisticsRequest. */
        interface $Properties {

            /** TSDBStatisticsRequest tenant */
            tenant?: (string|null);

            /** TSDBStatisticsRequest limit */
            limit?: (number|null);

            /** TSDBStatisticsRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** TSDBStatisticsRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TSDBStatisticsRequest. */
        type $Shape = thanos.TSDBStatisticsRequest.$Properties;
    }

    /**
     * Properties of a TSDBStatisticsResponse.
     * @deprecated Use thanos.TSDBStatisticsResponse.$Properties instead.
     */
    interface ITSDBStatisticsResponse extends thanos.TSDBStatisticsResponse.$Properties {
    }

    /** Represents a TSDBStatisticsResponse. */
    class TSDBStatisticsResponse {

        /**
         * Constructs a new TSDBStatisticsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TSDBStatisticsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TSDBStatisticsResponse statistics. */
        statistics?: (thanos.TSDBStatistics.$Properties|null);

        /** TSDBStatisticsResponse warning. */
        warning?: (string|null);

        /** TSDBStatisticsResponse result. */
        result?: ("statistics"|"warning");

        /**
         * Creates a new TSDBStatisticsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TSDBStatisticsResponse instance
         */
        static create(properties: thanos.TSDBStatisticsResponse.$Shape): thanos.TSDBStatisticsResponse & thanos.TSDBStatisticsResponse.$Shape;
        static create(properties?: thanos.TSDBStatisticsResponse.$Properties): thanos.TSDBStatisticsResponse;

        /**
         * Encodes the specified TSDBStatisticsResponse message. Does not implicitly {@link thanos.TSDBStatisticsResponse.verify|verify} messages.
         * @param message TSDBStatisticsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TSDBStatisticsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TSDBStatisticsResponse message, length delimited. Does not implicitly {@link thanos.TSDBStatisticsResponse.verify|verify} messages.
         * @param message TSDBStatisticsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TSDBStatisticsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TSDBStatisticsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TSDBStatisticsResponse & thanos.TSDBStatisticsResponse.$Shape} TSDBStatisticsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TSDBStatisticsResponse & thanos.TSDBStatisticsResponse.$Shape;

        /**
         * Decodes a TSDBStatisticsResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TSDBStatisticsResponse & thanos.TSDBStatisticsResponse.$Shape} TSDBStatisticsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TSDBStatisticsResponse & thanos.TSDBStatisticsResponse.$Shape;

        /**
         * Verifies a TSDBStatisticsResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TSDBStatisticsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TSDBStatisticsResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.TSDBStatisticsResponse;

        /**
         * Creates a plain object from a TSDBStatisticsResponse message. Also converts values to other types if specified.
         * @param message TSDBStatisticsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TSDBStatisticsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TSDBStatisticsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TSDBStatisticsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TSDBStatisticsResponse {

        /** Properties of a TSDBStatisticsResponse. */
        interface $Properties {

            /** TSDBStatisticsResponse statistics */
            statistics?: (thanos.TSDBStatistics.$Properties|null);

            /** TSDBStatisticsResponse warning */
            warning?: (string|null);

            /** TSDBStatisticsResponse result */
            result?: ("statistics"|"warning");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a TSDBStatisticsResponse. */
        type $Shape = {
          statistics?: thanos.TSDBStatistics.$Shape|null;
          warning?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; statistics?: null; warning?: null }|{ result?: "statistics"; statistics: thanos.TSDBStatistics.$Shape; warning?: null }|{ result?: "warning"; statistics?: null; warning: string })
        );
    }

    /**
     * Properties of a TSDBStatistics.
     * @deprecated Use thanos.TSDBStatistics.$Properties instead.
     */
    interface ITSDBStatistics extends thanos.TSDBStatistics.$Properties {
    }

    /** Represents a TSDBStatistics. */
    class TSDBStatistics {

        /**
         * Constructs a new TSDBStatistics.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TSDBStatistics.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TSDBStatistics statistics. */
        statistics: { [k: string]: thanos.TSDBStatisticsEntry.$Properties };

        /**
         * Creates a new TSDBStatistics instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TSDBStatistics instance
         */
        static create(properties: thanos.TSDBStatistics.$Shape): thanos.TSDBStatistics & thanos.TSDBStatistics.$Shape;
        static create(properties?: thanos.TSDBStatistics.$Properties): thanos.TSDBStatistics;

        /**
         * Encodes the specified TSDBStatistics message. Does not implicitly {@link thanos.TSDBStatistics.verify|verify} messages.
         * @param message TSDBStatistics message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TSDBStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TSDBStatistics message, length delimited. Does not implicitly {@link thanos.TSDBStatistics.verify|verify} messages.
         * @param message TSDBStatistics message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TSDBStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TSDBStatistics message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TSDBStatistics & thanos.TSDBStatistics.$Shape} TSDBStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TSDBStatistics & thanos.TSDBStatistics.$Shape;

        /**
         * Decodes a TSDBStatistics message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TSDBStatistics & thanos.TSDBStatistics.$Shape} TSDBStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TSDBStatistics & thanos.TSDBStatistics.$Shape;

        /**
         * Verifies a TSDBStatistics message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TSDBStatistics message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TSDBStatistics
         */
        static fromObject(object: { [k: string]: any }): thanos.TSDBStatistics;

        /**
         * Creates a plain object from a TSDBStatistics message. Also converts values to other types if specified.
         * @param message TSDBStatistics
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TSDBStatistics, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TSDBStatistics to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TSDBStatistics
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TSDBStatistics {

        /** Properties of a TSDBStatistics. */
        interface $Properties {

            /** TSDBStatistics statistics */
            statistics?: ({ [k: string]: thanos.TSDBStatisticsEntry.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TSDBStatistics. */
        type $Shape = thanos.TSDBStatistics.$Properties;
    }

    /**
     * Properties of a TSDBStatisticsEntry.
     * @deprecated Use thanos.TSDBStatisticsEntry.$Properties instead.
     */
    interface ITSDBStatisticsEntry extends thanos.TSDBStatisticsEntry.$Properties {
    }

    /** Represents a TSDBStatisticsEntry. */
    class TSDBStatisticsEntry {

        /**
         * Constructs a new TSDBStatisticsEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TSDBStatisticsEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TSDBStatisticsEntry headStatistics. */
        headStatistics?: (thanos.HeadStatistics.$Properties|null);

        /** TSDBStatisticsEntry seriesCountByMetricName. */
        seriesCountByMetricName: thanos.Statistic.$Properties[];

        /** TSDBStatisticsEntry labelValueCountByLabelName. */
        labelValueCountByLabelName: thanos.Statistic.$Properties[];

        /** TSDBStatisticsEntry memoryInBytesByLabelName. */
        memoryInBytesByLabelName: thanos.Statistic.$Properties[];

        /** TSDBStatisticsEntry seriesCountByLabelValuePair. */
        seriesCountByLabelValuePair: thanos.Statistic.$Properties[];

        /**
         * Creates a new TSDBStatisticsEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TSDBStatisticsEntry instance
         */
        static create(properties: thanos.TSDBStatisticsEntry.$Shape): thanos.TSDBStatisticsEntry & thanos.TSDBStatisticsEntry.$Shape;
        static create(properties?: thanos.TSDBStatisticsEntry.$Properties): thanos.TSDBStatisticsEntry;

        /**
         * Encodes the specified TSDBStatisticsEntry message. Does not implicitly {@link thanos.TSDBStatisticsEntry.verify|verify} messages.
         * @param message TSDBStatisticsEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TSDBStatisticsEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TSDBStatisticsEntry message, length delimited. Does not implicitly {@link thanos.TSDBStatisticsEntry.verify|verify} messages.
         * @param message TSDBStatisticsEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TSDBStatisticsEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TSDBStatisticsEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TSDBStatisticsEntry & thanos.TSDBStatisticsEntry.$Shape} TSDBStatisticsEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TSDBStatisticsEntry & thanos.TSDBStatisticsEntry.$Shape;

        /**
         * Decodes a TSDBStatisticsEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TSDBStatisticsEntry & thanos.TSDBStatisticsEntry.$Shape} TSDBStatisticsEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TSDBStatisticsEntry & thanos.TSDBStatisticsEntry.$Shape;

        /**
         * Verifies a TSDBStatisticsEntry message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TSDBStatisticsEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TSDBStatisticsEntry
         */
        static fromObject(object: { [k: string]: any }): thanos.TSDBStatisticsEntry;

        /**
         * Creates a plain object from a TSDBStatisticsEntry message. Also converts values to other types if specified.
         * @param message TSDBStatisticsEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TSDBStatisticsEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TSDBStatisticsEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TSDBStatisticsEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TSDBStatisticsEntry {

        /** Properties of a TSDBStatisticsEntry. */
        interface $Properties {

            /** TSDBStatisticsEntry headStatistics */
            headStatistics?: (thanos.HeadStatistics.$Properties|null);

            /** TSDBStatisticsEntry seriesCountByMetricName */
            seriesCountByMetricName?: (thanos.Statistic.$Properties[]|null);

            /** TSDBStatisticsEntry labelValueCountByLabelName */
            labelValueCountByLabelName?: (thanos.Statistic.$Properties[]|null);

            /** TSDBStatisticsEntry memoryInBytesByLabelName */
            memoryInBytesByLabelName?: (thanos.Statistic.$Properties[]|null);

            /** TSDBStatisticsEntry seriesCountByLabelValuePair */
            seriesCountByLabelValuePair?: (thanos.Statistic.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TSDBStatisticsEntry. */
        type $Shape = thanos.TSDBStatisticsEntry.$Properties;
    }

    /**
     * Properties of a HeadStatistics.
     * @deprecated Use thanos.HeadStatistics.$Properties instead.
     */
    interface IHeadStatistics extends thanos.HeadStatistics.$Properties {
    }

    /** Represents a HeadStatistics. */
    class HeadStatistics {

        /**
         * Constructs a new HeadStatistics.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.HeadStatistics.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HeadStatistics numSeries. */
        numSeries: (number|Long);

        /** HeadStatistics numLabelPairs. */
        numLabelPairs: (number|Long);

        /** HeadStatistics chunkCount. */
        chunkCount: (number|Long);

        /** HeadStatistics minTime. */
        minTime: (number|Long);

        /** HeadStatistics maxTime. */
        maxTime: (number|Long);

        /**
         * Creates a new HeadStatistics instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HeadStatistics instance
         */
        static create(properties: thanos.HeadStatistics.$Shape): thanos.HeadStatistics & thanos.HeadStatistics.$Shape;
        static create(properties?: thanos.HeadStatistics.$Properties): thanos.HeadStatistics;

        /**
         * Encodes the specified HeadStatistics message. Does not implicitly {@link thanos.HeadStatistics.verify|verify} messages.
         * @param message HeadStatistics message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.HeadStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HeadStatistics message, length delimited. Does not implicitly {@link thanos.HeadStatistics.verify|verify} messages.
         * @param message HeadStatistics message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.HeadStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HeadStatistics message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.HeadStatistics & thanos.HeadStatistics.$Shape} HeadStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.HeadStatistics & thanos.HeadStatistics.$Shape;

        /**
         * Decodes a HeadStatistics message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.HeadStatistics & thanos.HeadStatistics.$Shape} HeadStatistics
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.HeadStatistics & thanos.HeadStatistics.$Shape;

        /**
         * Verifies a HeadStatistics message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HeadStatistics message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HeadStatistics
         */
        static fromObject(object: { [k: string]: any }): thanos.HeadStatistics;

        /**
         * Creates a plain object from a HeadStatistics message. Also converts values to other types if specified.
         * @param message HeadStatistics
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.HeadStatistics, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HeadStatistics to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for HeadStatistics
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace HeadStatistics {

        /** Properties of a HeadStatistics. */
        interface $Properties {

            /** HeadStatistics numSeries */
            numSeries?: (number|Long|null);

            /** HeadStatistics numLabelPairs */
            numLabelPairs?: (number|Long|null);

            /** HeadStatistics chunkCount */
            chunkCount?: (number|Long|null);

            /** HeadStatistics minTime */
            minTime?: (number|Long|null);

            /** HeadStatistics maxTime */
            maxTime?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HeadStatistics. */
        type $Shape = thanos.HeadStatistics.$Properties;
    }

    /**
     * Properties of a Statistic.
     * @deprecated Use thanos.Statistic.$Properties instead.
     */
    interface IStatistic extends thanos.Statistic.$Properties {
    }

    /** Represents a Statistic. */
    class Statistic {

        /**
         * Constructs a new Statistic.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Statistic.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Statistic name. */
        name: string;

        /** Statistic value. */
        value: (number|Long);

        /**
         * Creates a new Statistic instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Statistic instance
         */
        static create(properties: thanos.Statistic.$Shape): thanos.Statistic & thanos.Statistic.$Shape;
        static create(properties?: thanos.Statistic.$Properties): thanos.Statistic;

        /**
         * Encodes the specified Statistic message. Does not implicitly {@link thanos.Statistic.verify|verify} messages.
         * @param message Statistic message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Statistic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Statistic message, length delimited. Does not implicitly {@link thanos.Statistic.verify|verify} messages.
         * @param message Statistic message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Statistic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Statistic message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Statistic & thanos.Statistic.$Shape} Statistic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Statistic & thanos.Statistic.$Shape;

        /**
         * Decodes a Statistic message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Statistic & thanos.Statistic.$Shape} Statistic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Statistic & thanos.Statistic.$Shape;

        /**
         * Verifies a Statistic message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Statistic message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Statistic
         */
        static fromObject(object: { [k: string]: any }): thanos.Statistic;

        /**
         * Creates a plain object from a Statistic message. Also converts values to other types if specified.
         * @param message Statistic
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Statistic, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Statistic to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Statistic
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Statistic {

        /** Properties of a Statistic. */
        interface $Properties {

            /** Statistic name */
            name?: (string|null);

            /** Statistic value */
            value?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Statistic. */
        type $Shape = thanos.Statistic.$Properties;
    }

    /** Aggr enum. */
    enum Aggr {

        /** RAW value */
        RAW = 0,

        /** COUNT value */
        COUNT = 1,

        /** SUM value */
        SUM = 2,

        /** MIN value */
        MIN = 3,

        /** MAX value */
        MAX = 4,

        /** COUNTER value */
        COUNTER = 5
    }

    /**
     * Properties of a SeriesRequest.
     * @deprecated Use thanos.SeriesRequest.$Properties instead.
     */
    interface ISeriesRequest extends thanos.SeriesRequest.$Properties {
    }

    /** Represents a SeriesRequest. */
    class SeriesRequest {

        /**
         * Constructs a new SeriesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesRequest minTime. */
        minTime: (number|Long);

        /** SeriesRequest maxTime. */
        maxTime: (number|Long);

        /** SeriesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** SeriesRequest maxResolutionWindow. */
        maxResolutionWindow: (number|Long);

        /** SeriesRequest aggregates. */
        aggregates: thanos.Aggr[];

        /** SeriesRequest partialResponseDisabled. */
        partialResponseDisabled: boolean;

        /** SeriesRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /** SeriesRequest skipChunks. */
        skipChunks: boolean;

        /** SeriesRequest hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /** SeriesRequest step. */
        step: (number|Long);

        /** SeriesRequest range. */
        range: (number|Long);

        /** SeriesRequest queryHints. */
        queryHints?: (thanos.QueryHints.$Properties|null);

        /** SeriesRequest shardInfo. */
        shardInfo?: (thanos.ShardInfo.$Properties|null);

        /** SeriesRequest withoutReplicaLabels. */
        withoutReplicaLabels: string[];

        /** SeriesRequest limit. */
        limit: (number|Long);

        /** SeriesRequest responseBatchSize. */
        responseBatchSize: (number|Long);

        /**
         * Creates a new SeriesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesRequest instance
         */
        static create(properties: thanos.SeriesRequest.$Shape): thanos.SeriesRequest & thanos.SeriesRequest.$Shape;
        static create(properties?: thanos.SeriesRequest.$Properties): thanos.SeriesRequest;

        /**
         * Encodes the specified SeriesRequest message. Does not implicitly {@link thanos.SeriesRequest.verify|verify} messages.
         * @param message SeriesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeriesRequest message, length delimited. Does not implicitly {@link thanos.SeriesRequest.verify|verify} messages.
         * @param message SeriesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.SeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesRequest & thanos.SeriesRequest.$Shape} SeriesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesRequest & thanos.SeriesRequest.$Shape;

        /**
         * Decodes a SeriesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.SeriesRequest & thanos.SeriesRequest.$Shape} SeriesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.SeriesRequest & thanos.SeriesRequest.$Shape;

        /**
         * Verifies a SeriesRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesRequest;

        /**
         * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
         * @param message SeriesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesRequest {

        /** Properties of a SeriesRequest. */
        interface $Properties {

            /** SeriesRequest minTime */
            minTime?: (number|Long|null);

            /** SeriesRequest maxTime */
            maxTime?: (number|Long|null);

            /** SeriesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** SeriesRequest maxResolutionWindow */
            maxResolutionWindow?: (number|Long|null);

            /** SeriesRequest aggregates */
            aggregates?: (thanos.Aggr[]|null);

            /** SeriesRequest partialResponseDisabled */
            partialResponseDisabled?: (boolean|null);

            /** SeriesRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** SeriesRequest skipChunks */
            skipChunks?: (boolean|null);

            /** SeriesRequest hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** SeriesRequest step */
            step?: (number|Long|null);

            /** SeriesRequest range */
            range?: (number|Long|null);

            /** SeriesRequest queryHints */
            queryHints?: (thanos.QueryHints.$Properties|null);

            /** SeriesRequest shardInfo */
            shardInfo?: (thanos.ShardInfo.$Properties|null);

            /** SeriesRequest withoutReplicaLabels */
            withoutReplicaLabels?: (string[]|null);

            /** SeriesRequest limit */
            limit?: (number|Long|null);

            /** SeriesRequest responseBatchSize */
            responseBatchSize?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesRequest. */
        type $Shape = thanos.SeriesRequest.$Properties;
    }

    /**
     * Properties of a QueryHints.
     * @deprecated Use thanos.QueryHints.$Properties instead.
     */
    interface IQueryHints extends thanos.QueryHints.$Properties {
    }

    /** Represents a QueryHints. */
    class QueryHints {

        /**
         * Constructs a new QueryHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.QueryHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryHints stepMillis. */
        stepMillis: (number|Long);

        /** QueryHints func. */
        func?: (thanos.Func.$Properties|null);

        /** QueryHints grouping. */
        grouping?: (thanos.Grouping.$Properties|null);

        /** QueryHints range. */
        range?: (thanos.Range.$Properties|null);

        /** QueryHints projectionLabels. */
        projectionLabels: string[];

        /** QueryHints projectionInclude. */
        projectionInclude: boolean;

        /** QueryHints seriesHashLabelName. */
        seriesHashLabelName: string;

        /**
         * Creates a new QueryHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryHints instance
         */
        static create(properties: thanos.QueryHints.$Shape): thanos.QueryHints & thanos.QueryHints.$Shape;
        static create(properties?: thanos.QueryHints.$Properties): thanos.QueryHints;

        /**
         * Encodes the specified QueryHints message. Does not implicitly {@link thanos.QueryHints.verify|verify} messages.
         * @param message QueryHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.QueryHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified QueryHints message, length delimited. Does not implicitly {@link thanos.QueryHints.verify|verify} messages.
         * @param message QueryHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.QueryHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.QueryHints & thanos.QueryHints.$Shape} QueryHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.QueryHints & thanos.QueryHints.$Shape;

        /**
         * Decodes a QueryHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.QueryHints & thanos.QueryHints.$Shape} QueryHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.QueryHints & thanos.QueryHints.$Shape;

        /**
         * Verifies a QueryHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a QueryHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryHints
         */
        static fromObject(object: { [k: string]: any }): thanos.QueryHints;

        /**
         * Creates a plain object from a QueryHints message. Also converts values to other types if specified.
         * @param message QueryHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.QueryHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryHints {

        /** Properties of a QueryHints. */
        interface $Properties {

            /** QueryHints stepMillis */
            stepMillis?: (number|Long|null);

            /** QueryHints func */
            func?: (thanos.Func.$Properties|null);

            /** QueryHints grouping */
            grouping?: (thanos.Grouping.$Properties|null);

            /** QueryHints range */
            range?: (thanos.Range.$Properties|null);

            /** QueryHints projectionLabels */
            projectionLabels?: (string[]|null);

            /** QueryHints projectionInclude */
            projectionInclude?: (boolean|null);

            /** QueryHints seriesHashLabelName */
            seriesHashLabelName?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryHints. */
        type $Shape = thanos.QueryHints.$Properties;
    }

    /**
     * Properties of a ShardInfo.
     * @deprecated Use thanos.ShardInfo.$Properties instead.
     */
    interface IShardInfo extends thanos.ShardInfo.$Properties {
    }

    /** Represents a ShardInfo. */
    class ShardInfo {

        /**
         * Constructs a new ShardInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ShardInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardInfo shardIndex. */
        shardIndex: (number|Long);

        /** ShardInfo totalShards. */
        totalShards: (number|Long);

        /** ShardInfo by. */
        by: boolean;

        /** ShardInfo labels. */
        labels: string[];

        /**
         * Creates a new ShardInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardInfo instance
         */
        static create(properties: thanos.ShardInfo.$Shape): thanos.ShardInfo & thanos.ShardInfo.$Shape;
        static create(properties?: thanos.ShardInfo.$Properties): thanos.ShardInfo;

        /**
         * Encodes the specified ShardInfo message. Does not implicitly {@link thanos.ShardInfo.verify|verify} messages.
         * @param message ShardInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ShardInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardInfo message, length delimited. Does not implicitly {@link thanos.ShardInfo.verify|verify} messages.
         * @param message ShardInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ShardInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ShardInfo & thanos.ShardInfo.$Shape} ShardInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ShardInfo & thanos.ShardInfo.$Shape;

        /**
         * Decodes a ShardInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ShardInfo & thanos.ShardInfo.$Shape} ShardInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ShardInfo & thanos.ShardInfo.$Shape;

        /**
         * Verifies a ShardInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ShardInfo
         */
        static fromObject(object: { [k: string]: any }): thanos.ShardInfo;

        /**
         * Creates a plain object from a ShardInfo message. Also converts values to other types if specified.
         * @param message ShardInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ShardInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ShardInfo {

        /** Properties of a ShardInfo. */
        interface $Properties {

            /** ShardInfo shardIndex */
            shardIndex?: (number|Long|null);

            /** ShardInfo totalShards */
            totalShards?: (number|Long|null);

            /** ShardInfo by */
            by?: (boolean|null);

            /** ShardInfo labels */
            labels?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardInfo. */
        type $Shape = thanos.ShardInfo.$Properties;
    }

    /**
     * Properties of a Func.
     * @deprecated Use thanos.Func.$Properties instead.
     */
    interface IFunc extends thanos.Func.$Properties {
    }

    /** Represents a Func. */
    class Func {

        /**
         * Constructs a new Func.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Func.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Func name. */
        name: string;

        /**
         * Creates a new Func instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Func instance
         */
        static create(properties: thanos.Func.$Shape): thanos.Func & thanos.Func.$Shape;
        static create(properties?: thanos.Func.$Properties): thanos.Func;

        /**
         * Encodes the specified Func message. Does not implicitly {@link thanos.Func.verify|verify} messages.
         * @param message Func message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Func.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Func message, length delimited. Does not implicitly {@link thanos.Func.verify|verify} messages.
         * @param message Func message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Func.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Func message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Func & thanos.Func.$Shape} Func
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Func & thanos.Func.$Shape;

        /**
         * Decodes a Func message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Func & thanos.Func.$Shape} Func
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Func & thanos.Func.$Shape;

        /**
         * Verifies a Func message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Func message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Func
         */
        static fromObject(object: { [k: string]: any }): thanos.Func;

        /**
         * Creates a plain object from a Func message. Also converts values to other types if specified.
         * @param message Func
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Func, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Func to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Func
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Func {

        /** Properties of a Func. */
        interface $Properties {

            /** Func name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Func. */
        type $Shape = thanos.Func.$Properties;
    }

    /**
     * Properties of a Grouping.
     * @deprecated Use thanos.Grouping.$Properties instead.
     */
    interface IGrouping extends thanos.Grouping.$Properties {
    }

    /** Represents a Grouping. */
    class Grouping {

        /**
         * Constructs a new Grouping.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Grouping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Grouping by. */
        by: boolean;

        /** Grouping labels. */
        labels: string[];

        /**
         * Creates a new Grouping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Grouping instance
         */
        static create(properties: thanos.Grouping.$Shape): thanos.Grouping & thanos.Grouping.$Shape;
        static create(properties?: thanos.Grouping.$Properties): thanos.Grouping;

        /**
         * Encodes the specified Grouping message. Does not implicitly {@link thanos.Grouping.verify|verify} messages.
         * @param message Grouping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Grouping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Grouping message, length delimited. Does not implicitly {@link thanos.Grouping.verify|verify} messages.
         * @param message Grouping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Grouping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Grouping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Grouping & thanos.Grouping.$Shape} Grouping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Grouping & thanos.Grouping.$Shape;

        /**
         * Decodes a Grouping message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Grouping & thanos.Grouping.$Shape} Grouping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Grouping & thanos.Grouping.$Shape;

        /**
         * Verifies a Grouping message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Grouping message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Grouping
         */
        static fromObject(object: { [k: string]: any }): thanos.Grouping;

        /**
         * Creates a plain object from a Grouping message. Also converts values to other types if specified.
         * @param message Grouping
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Grouping, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Grouping to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Grouping
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Grouping {

        /** Properties of a Grouping. */
        interface $Properties {

            /** Grouping by */
            by?: (boolean|null);

            /** Grouping labels */
            labels?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Grouping. */
        type $Shape = thanos.Grouping.$Properties;
    }

    /**
     * Properties of a Range.
     * @deprecated Use thanos.Range.$Properties instead.
     */
    interface IRange extends thanos.Range.$Properties {
    }

    /** Represents a Range. */
    class Range {

        /**
         * Constructs a new Range.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Range.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Range millis. */
        millis: (number|Long);

        /**
         * Creates a new Range instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Range instance
         */
        static create(properties: thanos.Range.$Shape): thanos.Range & thanos.Range.$Shape;
        static create(properties?: thanos.Range.$Properties): thanos.Range;

        /**
         * Encodes the specified Range message. Does not implicitly {@link thanos.Range.verify|verify} messages.
         * @param message Range message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Range.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Range message, length delimited. Does not implicitly {@link thanos.Range.verify|verify} messages.
         * @param message Range message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.Range.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Range message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Range & thanos.Range.$Shape} Range
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Range & thanos.Range.$Shape;

        /**
         * Decodes a Range message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.Range & thanos.Range.$Shape} Range
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.Range & thanos.Range.$Shape;

        /**
         * Verifies a Range message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Range message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Range
         */
        static fromObject(object: { [k: string]: any }): thanos.Range;

        /**
         * Creates a plain object from a Range message. Also converts values to other types if specified.
         * @param message Range
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Range, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Range to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Range
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Range {

        /** Properties of a Range. */
        interface $Properties {

            /** Range millis */
            millis?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Range. */
        type $Shape = thanos.Range.$Properties;
    }

    /**
     * Properties of a SeriesResponse.
     * @deprecated Use thanos.SeriesResponse.$Properties instead.
     */
    interface ISeriesResponse extends thanos.SeriesResponse.$Properties {
    }

    /** Represents a SeriesResponse. */
    class SeriesResponse {

        /**
         * Constructs a new SeriesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesResponse series. */
        series?: (thanos.Series.$Properties|null);

        /** SeriesResponse warning. */
        warning?: (string|null);

        /** SeriesResponse hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /** SeriesResponse batch. */
        batch?: (thanos.SeriesBatch.$Properties|null);

        /** SeriesResponse result. */
        result?: ("series"|"warning"|"hints"|"batch");

        /**
         * Creates a new SeriesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesResponse instance
         */
        static create(properties: thanos.SeriesResponse.$Shape): thanos.SeriesResponse & thanos.SeriesResponse.$Shape;
        static create(properties?: thanos.SeriesResponse.$Properties): thanos.SeriesResponse;

        /**
         * Encodes the specified SeriesResponse message. Does not implicitly {@link thanos.SeriesResponse.verify|verify} messages.
         * @param message SeriesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeriesResponse message, length delimited. Does not implicitly {@link thanos.SeriesResponse.verify|verify} messages.
         * @param message SeriesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.SeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesResponse & thanos.SeriesResponse.$Shape} SeriesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesResponse & thanos.SeriesResponse.$Shape;

        /**
         * Decodes a SeriesResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.SeriesResponse & thanos.SeriesResponse.$Shape} SeriesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.SeriesResponse & thanos.SeriesResponse.$Shape;

        /**
         * Verifies a SeriesResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesResponse;

        /**
         * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
         * @param message SeriesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesResponse {

        /** Properties of a SeriesResponse. */
        interface $Properties {

            /** SeriesResponse series */
            series?: (thanos.Series.$Properties|null);

            /** SeriesResponse warning */
            warning?: (string|null);

            /** SeriesResponse hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** SeriesResponse batch */
            batch?: (thanos.SeriesBatch.$Properties|null);

            /** SeriesResponse result */
            result?: ("series"|"warning"|"hints"|"batch");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SeriesResponse. */
        type $Shape = {
          series?: thanos.Series.$Shape|null;
          warning?: string|null;
          hints?: google.protobuf.Any.$Shape|null;
          batch?: thanos.SeriesBatch.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; series?: null; warning?: null; hints?: null; batch?: null }|{ result?: "series"; series: thanos.Series.$Shape; warning?: null; hints?: null; batch?: null }|{ result?: "warning"; series?: null; warning: string; hints?: null; batch?: null }|{ result?: "hints"; series?: null; warning?: null; hints: google.protobuf.Any.$Shape; batch?: null }|{ result?: "batch"; series?: null; warning?: null; hints?: null; batch: thanos.SeriesBatch.$Shape })
        );
    }

    /**
     * Properties of a LabelNamesRequest.
     * @deprecated Use thanos.LabelNamesRequest.$Properties instead.
     */
    interface ILabelNamesRequest extends thanos.LabelNamesRequest.$Properties {
    }

    /** Represents a LabelNamesRequest. */
    class LabelNamesRequest {

        /**
         * Constructs a new LabelNamesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelNamesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesRequest partialResponseDisabled. */
        partialResponseDisabled: boolean;

        /** LabelNamesRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /** LabelNamesRequest start. */
        start: (number|Long);

        /** LabelNamesRequest end. */
        end: (number|Long);

        /** LabelNamesRequest hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /** LabelNamesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** LabelNamesRequest withoutReplicaLabels. */
        withoutReplicaLabels: string[];

        /** LabelNamesRequest limit. */
        limit: (number|Long);

        /**
         * Creates a new LabelNamesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesRequest instance
         */
        static create(properties: thanos.LabelNamesRequest.$Shape): thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape;
        static create(properties?: thanos.LabelNamesRequest.$Properties): thanos.LabelNamesRequest;

        /**
         * Encodes the specified LabelNamesRequest message. Does not implicitly {@link thanos.LabelNamesRequest.verify|verify} messages.
         * @param message LabelNamesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelNamesRequest message, length delimited. Does not implicitly {@link thanos.LabelNamesRequest.verify|verify} messages.
         * @param message LabelNamesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape} LabelNamesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape;

        /**
         * Decodes a LabelNamesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape} LabelNamesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape;

        /**
         * Verifies a LabelNamesRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelNamesRequest;

        /**
         * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
         * @param message LabelNamesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelNamesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesRequest {

        /** Properties of a LabelNamesRequest. */
        interface $Properties {

            /** LabelNamesRequest partialResponseDisabled */
            partialResponseDisabled?: (boolean|null);

            /** LabelNamesRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** LabelNamesRequest start */
            start?: (number|Long|null);

            /** LabelNamesRequest end */
            end?: (number|Long|null);

            /** LabelNamesRequest hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** LabelNamesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** LabelNamesRequest withoutReplicaLabels */
            withoutReplicaLabels?: (string[]|null);

            /** LabelNamesRequest limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesRequest. */
        type $Shape = thanos.LabelNamesRequest.$Properties;
    }

    /**
     * Properties of a LabelNamesResponse.
     * @deprecated Use thanos.LabelNamesResponse.$Properties instead.
     */
    interface ILabelNamesResponse extends thanos.LabelNamesResponse.$Properties {
    }

    /** Represents a LabelNamesResponse. */
    class LabelNamesResponse {

        /**
         * Constructs a new LabelNamesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelNamesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesResponse names. */
        names: string[];

        /** LabelNamesResponse warnings. */
        warnings: string[];

        /** LabelNamesResponse hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /**
         * Creates a new LabelNamesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesResponse instance
         */
        static create(properties: thanos.LabelNamesResponse.$Shape): thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape;
        static create(properties?: thanos.LabelNamesResponse.$Properties): thanos.LabelNamesResponse;

        /**
         * Encodes the specified LabelNamesResponse message. Does not implicitly {@link thanos.LabelNamesResponse.verify|verify} messages.
         * @param message LabelNamesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelNamesResponse message, length delimited. Does not implicitly {@link thanos.LabelNamesResponse.verify|verify} messages.
         * @param message LabelNamesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape} LabelNamesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape;

        /**
         * Decodes a LabelNamesResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape} LabelNamesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape;

        /**
         * Verifies a LabelNamesResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelNamesResponse;

        /**
         * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
         * @param message LabelNamesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelNamesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesResponse {

        /** Properties of a LabelNamesResponse. */
        interface $Properties {

            /** LabelNamesResponse names */
            names?: (string[]|null);

            /** LabelNamesResponse warnings */
            warnings?: (string[]|null);

            /** LabelNamesResponse hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesResponse. */
        type $Shape = thanos.LabelNamesResponse.$Properties;
    }

    /**
     * Properties of a LabelValuesRequest.
     * @deprecated Use thanos.LabelValuesRequest.$Properties instead.
     */
    interface ILabelValuesRequest extends thanos.LabelValuesRequest.$Properties {
    }

    /** Represents a LabelValuesRequest. */
    class LabelValuesRequest {

        /**
         * Constructs a new LabelValuesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelValuesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesRequest label. */
        label: string;

        /** LabelValuesRequest partialResponseDisabled. */
        partialResponseDisabled: boolean;

        /** LabelValuesRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /** LabelValuesRequest start. */
        start: (number|Long);

        /** LabelValuesRequest end. */
        end: (number|Long);

        /** LabelValuesRequest hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /** LabelValuesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** LabelValuesRequest withoutReplicaLabels. */
        withoutReplicaLabels: string[];

        /** LabelValuesRequest limit. */
        limit: (number|Long);

        /**
         * Creates a new LabelValuesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesRequest instance
         */
        static create(properties: thanos.LabelValuesRequest.$Shape): thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape;
        static create(properties?: thanos.LabelValuesRequest.$Properties): thanos.LabelValuesRequest;

        /**
         * Encodes the specified LabelValuesRequest message. Does not implicitly {@link thanos.LabelValuesRequest.verify|verify} messages.
         * @param message LabelValuesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelValuesRequest message, length delimited. Does not implicitly {@link thanos.LabelValuesRequest.verify|verify} messages.
         * @param message LabelValuesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape} LabelValuesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape;

        /**
         * Decodes a LabelValuesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape} LabelValuesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape;

        /**
         * Verifies a LabelValuesRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelValuesRequest;

        /**
         * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
         * @param message LabelValuesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelValuesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesRequest {

        /** Properties of a LabelValuesRequest. */
        interface $Properties {

            /** LabelValuesRequest label */
            label?: (string|null);

            /** LabelValuesRequest partialResponseDisabled */
            partialResponseDisabled?: (boolean|null);

            /** LabelValuesRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** LabelValuesRequest start */
            start?: (number|Long|null);

            /** LabelValuesRequest end */
            end?: (number|Long|null);

            /** LabelValuesRequest hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** LabelValuesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** LabelValuesRequest withoutReplicaLabels */
            withoutReplicaLabels?: (string[]|null);

            /** LabelValuesRequest limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesRequest. */
        type $Shape = thanos.LabelValuesRequest.$Properties;
    }

    /**
     * Properties of a LabelValuesResponse.
     * @deprecated Use thanos.LabelValuesResponse.$Properties instead.
     */
    interface ILabelValuesResponse extends thanos.LabelValuesResponse.$Properties {
    }

    /** Represents a LabelValuesResponse. */
    class LabelValuesResponse {

        /**
         * Constructs a new LabelValuesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelValuesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesResponse values. */
        values: string[];

        /** LabelValuesResponse warnings. */
        warnings: string[];

        /** LabelValuesResponse hints. */
        hints?: (google.protobuf.Any.$Properties|null);

        /**
         * Creates a new LabelValuesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesResponse instance
         */
        static create(properties: thanos.LabelValuesResponse.$Shape): thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape;
        static create(properties?: thanos.LabelValuesResponse.$Properties): thanos.LabelValuesResponse;

        /**
         * Encodes the specified LabelValuesResponse message. Does not implicitly {@link thanos.LabelValuesResponse.verify|verify} messages.
         * @param message LabelValuesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelValuesResponse message, length delimited. Does not implicitly {@link thanos.LabelValuesResponse.verify|verify} messages.
         * @param message LabelValuesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape} LabelValuesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape;

        /**
         * Decodes a LabelValuesResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape} LabelValuesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape;

        /**
         * Verifies a LabelValuesResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelValuesResponse;

        /**
         * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
         * @param message LabelValuesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelValuesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesResponse {

        /** Properties of a LabelValuesResponse. */
        interface $Properties {

            /** LabelValuesResponse values */
            values?: (string[]|null);

            /** LabelValuesResponse warnings */
            warnings?: (string[]|null);

            /** LabelValuesResponse hints */
            hints?: (google.protobuf.Any.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesResponse. */
        type $Shape = thanos.LabelValuesResponse.$Properties;
    }

    /**
     * Properties of an InfoRequest.
     * @deprecated Use thanos.InfoRequest.$Properties instead.
     */
    interface IInfoRequest extends thanos.InfoRequest.$Properties {
    }

    /** Represents an InfoRequest. */
    class InfoRequest {

        /**
         * Constructs a new InfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.InfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new InfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InfoRequest instance
         */
        static create(properties: thanos.InfoRequest.$Shape): thanos.InfoRequest & thanos.InfoRequest.$Shape;
        static create(properties?: thanos.InfoRequest.$Properties): thanos.InfoRequest;

        /**
         * Encodes the specified InfoRequest message. Does not implicitly {@link thanos.InfoRequest.verify|verify} messages.
         * @param message InfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InfoRequest message, length delimited. Does not implicitly {@link thanos.InfoRequest.verify|verify} messages.
         * @param message InfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.InfoRequest & thanos.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.InfoRequest & thanos.InfoRequest.$Shape;

        /**
         * Decodes an InfoRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.InfoRequest & thanos.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.InfoRequest & thanos.InfoRequest.$Shape;

        /**
         * Verifies an InfoRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InfoRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.InfoRequest;

        /**
         * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
         * @param message InfoRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.InfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InfoRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InfoRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InfoRequest {

        /** Properties of an InfoRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InfoRequest. */
        type $Shape = thanos.InfoRequest.$Properties;
    }

    /** StoreType enum. */
    enum StoreType {

        /** UNKNOWN value */
        UNKNOWN = 0,

        /** QUERY value */
        QUERY = 1,

        /** RULE value */
        RULE = 2,

        /** SIDECAR value */
        SIDECAR = 3,

        /** STORE value */
        STORE = 4,

        /** RECEIVE value */
        RECEIVE = 5,

        /** DEBUG value */
        DEBUG = 6
    }

    /**
     * Properties of an InfoResponse.
     * @deprecated Use thanos.InfoResponse.$Properties instead.
     */
    interface IInfoResponse extends thanos.InfoResponse.$Properties {
    }

    /** Represents an InfoResponse. */
    class InfoResponse {

        /**
         * Constructs a new InfoResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.InfoResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InfoResponse labels. */
        labels: thanos.Label.$Properties[];

        /** InfoResponse minTime. */
        minTime: (number|Long);

        /** InfoResponse maxTime. */
        maxTime: (number|Long);

        /** InfoResponse storeType. */
        storeType: thanos.StoreType;

        /** InfoResponse labelSets. */
        labelSets: thanos.LabelSet.$Properties[];

        /**
         * Creates a new InfoResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InfoResponse instance
         */
        static create(properties: thanos.InfoResponse.$Shape): thanos.InfoResponse & thanos.InfoResponse.$Shape;
        static create(properties?: thanos.InfoResponse.$Properties): thanos.InfoResponse;

        /**
         * Encodes the specified InfoResponse message. Does not implicitly {@link thanos.InfoResponse.verify|verify} messages.
         * @param message InfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InfoResponse message, length delimited. Does not implicitly {@link thanos.InfoResponse.verify|verify} messages.
         * @param message InfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InfoResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.InfoResponse & thanos.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.InfoResponse & thanos.InfoResponse.$Shape;

        /**
         * Decodes an InfoResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.InfoResponse & thanos.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.InfoResponse & thanos.InfoResponse.$Shape;

        /**
         * Verifies an InfoResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InfoResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.InfoResponse;

        /**
         * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
         * @param message InfoResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.InfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InfoResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InfoResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InfoResponse {

        /** Properties of an InfoResponse. */
        interface $Properties {

            /** InfoResponse labels */
            labels?: (thanos.Label.$Properties[]|null);

            /** InfoResponse minTime */
            minTime?: (number|Long|null);

            /** InfoResponse maxTime */
            maxTime?: (number|Long|null);

            /** InfoResponse storeType */
            storeType?: (thanos.StoreType|null);

            /** InfoResponse labelSets */
            labelSets?: (thanos.LabelSet.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InfoResponse. */
        type $Shape = thanos.InfoResponse.$Properties;
    }

    /**
     * Properties of a TargetsRequest.
     * @deprecated Use thanos.TargetsRequest.$Properties instead.
     */
    interface ITargetsRequest extends thanos.TargetsRequest.$Properties {
    }

    /** Represents a TargetsRequest. */
    class TargetsRequest {

        /**
         * Constructs a new TargetsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TargetsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TargetsRequest state. */
        state: thanos.TargetsRequest.State;

        /** TargetsRequest partialResponseStrategy. */
        partialResponseStrategy: thanos.PartialResponseStrategy;

        /**
         * Creates a new TargetsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetsRequest instance
         */
        static create(properties: thanos.TargetsRequest.$Shape): thanos.TargetsRequest & thanos.TargetsRequest.$Shape;
        static create(properties?: thanos.TargetsRequest.$Properties): thanos.TargetsRequest;

        /**
         * Encodes the specified TargetsRequest message. Does not implicitly {@link thanos.TargetsRequest.verify|verify} messages.
         * @param message TargetsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TargetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TargetsRequest message, length delimited. Does not implicitly {@link thanos.TargetsRequest.verify|verify} messages.
         * @param message TargetsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TargetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TargetsRequest & thanos.TargetsRequest.$Shape} TargetsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TargetsRequest & thanos.TargetsRequest.$Shape;

        /**
         * Decodes a TargetsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TargetsRequest & thanos.TargetsRequest.$Shape} TargetsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TargetsRequest & thanos.TargetsRequest.$Shape;

        /**
         * Verifies a TargetsRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TargetsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetsRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.TargetsRequest;

        /**
         * Creates a plain object from a TargetsRequest message. Also converts values to other types if specified.
         * @param message TargetsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TargetsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TargetsRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TargetsRequest {

        /** Properties of a TargetsRequest. */
        interface $Properties {

            /** TargetsRequest state */
            state?: (thanos.TargetsRequest.State|null);

            /** TargetsRequest partialResponseStrategy */
            partialResponseStrategy?: (thanos.PartialResponseStrategy|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TargetsRequest. */
        type $Shape = thanos.TargetsRequest.$Properties;

        /** State enum. */
        enum State {

            /** ANY value */
            ANY = 0,

            /** ACTIVE value */
            ACTIVE = 1,

            /** DROPPED value */
            DROPPED = 2
        }
    }

    /**
     * Properties of a TargetsResponse.
     * @deprecated Use thanos.TargetsResponse.$Properties instead.
     */
    interface ITargetsResponse extends thanos.TargetsResponse.$Properties {
    }

    /** Represents a TargetsResponse. */
    class TargetsResponse {

        /**
         * Constructs a new TargetsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TargetsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TargetsResponse targets. */
        targets?: (thanos.TargetDiscovery.$Properties|null);

        /** TargetsResponse warning. */
        warning?: (string|null);

        /** TargetsResponse result. */
        result?: ("targets"|"warning");

        /**
         * Creates a new TargetsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetsResponse instance
         */
        static create(properties: thanos.TargetsResponse.$Shape): thanos.TargetsResponse & thanos.TargetsResponse.$Shape;
        static create(properties?: thanos.TargetsResponse.$Properties): thanos.TargetsResponse;

        /**
         * Encodes the specified TargetsResponse message. Does not implicitly {@link thanos.TargetsResponse.verify|verify} messages.
         * @param message TargetsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TargetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TargetsResponse message, length delimited. Does not implicitly {@link thanos.TargetsResponse.verify|verify} messages.
         * @param message TargetsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TargetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TargetsResponse & thanos.TargetsResponse.$Shape} TargetsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TargetsResponse & thanos.TargetsResponse.$Shape;

        /**
         * Decodes a TargetsResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TargetsResponse & thanos.TargetsResponse.$Shape} TargetsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TargetsResponse & thanos.TargetsResponse.$Shape;

        /**
         * Verifies a TargetsResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TargetsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetsResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.TargetsResponse;

        /**
         * Creates a plain object from a TargetsResponse message. Also converts values to other types if specified.
         * @param message TargetsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TargetsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TargetsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TargetsResponse {

        /** Properties of a TargetsResponse. */
        interface $Properties {

            /** TargetsResponse targets */
            targets?: (thanos.TargetDiscovery.$Properties|null);

            /** TargetsResponse warning */
            warning?: (string|null);

            /** TargetsResponse result */
            result?: ("targets"|"warning");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a TargetsResponse. */
        type $Shape = {
          targets?: thanos.TargetDiscovery.$Shape|null;
          warning?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; targets?: null; warning?: null }|{ result?: "targets"; targets: thanos.TargetDiscovery.$Shape; warning?: null }|{ result?: "warning"; targets?: null; warning: string })
        );
    }

    /**
     * Properties of a TargetDiscovery.
     * @deprecated Use thanos.TargetDiscovery.$Properties instead.
     */
    interface ITargetDiscovery extends thanos.TargetDiscovery.$Properties {
    }

    /** Represents a TargetDiscovery. */
    class TargetDiscovery {

        /**
         * Constructs a new TargetDiscovery.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.TargetDiscovery.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TargetDiscovery activeTargets. */
        activeTargets: thanos.ActiveTarget.$Properties[];

        /** TargetDiscovery droppedTargets. */
        droppedTargets: thanos.DroppedTarget.$Properties[];

        /**
         * Creates a new TargetDiscovery instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetDiscovery instance
         */
        static create(properties: thanos.TargetDiscovery.$Shape): thanos.TargetDiscovery & thanos.TargetDiscovery.$Shape;
        static create(properties?: thanos.TargetDiscovery.$Properties): thanos.TargetDiscovery;

        /**
         * Encodes the specified TargetDiscovery message. Does not implicitly {@link thanos.TargetDiscovery.verify|verify} messages.
         * @param message TargetDiscovery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.TargetDiscovery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TargetDiscovery message, length delimited. Does not implicitly {@link thanos.TargetDiscovery.verify|verify} messages.
         * @param message TargetDiscovery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.TargetDiscovery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetDiscovery message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.TargetDiscovery & thanos.TargetDiscovery.$Shape} TargetDiscovery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.TargetDiscovery & thanos.TargetDiscovery.$Shape;

        /**
         * Decodes a TargetDiscovery message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.TargetDiscovery & thanos.TargetDiscovery.$Shape} TargetDiscovery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.TargetDiscovery & thanos.TargetDiscovery.$Shape;

        /**
         * Verifies a TargetDiscovery message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TargetDiscovery message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetDiscovery
         */
        static fromObject(object: { [k: string]: any }): thanos.TargetDiscovery;

        /**
         * Creates a plain object from a TargetDiscovery message. Also converts values to other types if specified.
         * @param message TargetDiscovery
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.TargetDiscovery, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetDiscovery to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TargetDiscovery
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TargetDiscovery {

        /** Properties of a TargetDiscovery. */
        interface $Properties {

            /** TargetDiscovery activeTargets */
            activeTargets?: (thanos.ActiveTarget.$Properties[]|null);

            /** TargetDiscovery droppedTargets */
            droppedTargets?: (thanos.DroppedTarget.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TargetDiscovery. */
        type $Shape = thanos.TargetDiscovery.$Properties;
    }

    /** TargetHealth enum. */
    enum TargetHealth {

        /** DOWN value */
        DOWN = 0,

        /** UP value */
        UP = 1,

        /** UNKNOWN value */
        UNKNOWN = 2
    }

    /**
     * Properties of an ActiveTarget.
     * @deprecated Use thanos.ActiveTarget.$Properties instead.
     */
    interface IActiveTarget extends thanos.ActiveTarget.$Properties {
    }

    /** Represents an ActiveTarget. */
    class ActiveTarget {

        /**
         * Constructs a new ActiveTarget.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ActiveTarget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActiveTarget discoveredLabels. */
        discoveredLabels?: (thanos.ZLabelSet.$Properties|null);

        /** ActiveTarget labels. */
        labels?: (thanos.ZLabelSet.$Properties|null);

        /** ActiveTarget scrapePool. */
        scrapePool: string;

        /** ActiveTarget scrapeUrl. */
        scrapeUrl: string;

        /** ActiveTarget globalUrl. */
        globalUrl: string;

        /** ActiveTarget lastError. */
        lastError: string;

        /** ActiveTarget lastScrape. */
        lastScrape?: (google.protobuf.Timestamp.$Properties|null);

        /** ActiveTarget lastScrapeDuration. */
        lastScrapeDuration: number;

        /** ActiveTarget health. */
        health: thanos.TargetHealth;

        /**
         * Creates a new ActiveTarget instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ActiveTarget instance
         */
        static create(properties: thanos.ActiveTarget.$Shape): thanos.ActiveTarget & thanos.ActiveTarget.$Shape;
        static create(properties?: thanos.ActiveTarget.$Properties): thanos.ActiveTarget;

        /**
         * Encodes the specified ActiveTarget message. Does not implicitly {@link thanos.ActiveTarget.verify|verify} messages.
         * @param message ActiveTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ActiveTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ActiveTarget message, length delimited. Does not implicitly {@link thanos.ActiveTarget.verify|verify} messages.
         * @param message ActiveTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.ActiveTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActiveTarget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ActiveTarget & thanos.ActiveTarget.$Shape} ActiveTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ActiveTarget & thanos.ActiveTarget.$Shape;

        /**
         * Decodes an ActiveTarget message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.ActiveTarget & thanos.ActiveTarget.$Shape} ActiveTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.ActiveTarget & thanos.ActiveTarget.$Shape;

        /**
         * Verifies an ActiveTarget message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ActiveTarget message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActiveTarget
         */
        static fromObject(object: { [k: string]: any }): thanos.ActiveTarget;

        /**
         * Creates a plain object from an ActiveTarget message. Also converts values to other types if specified.
         * @param message ActiveTarget
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ActiveTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActiveTarget to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActiveTarget
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActiveTarget {

        /** Properties of an ActiveTarget. */
        interface $Properties {

            /** ActiveTarget discoveredLabels */
            discoveredLabels?: (thanos.ZLabelSet.$Properties|null);

            /** ActiveTarget labels */
            labels?: (thanos.ZLabelSet.$Properties|null);

            /** ActiveTarget scrapePool */
            scrapePool?: (string|null);

            /** ActiveTarget scrapeUrl */
            scrapeUrl?: (string|null);

            /** ActiveTarget globalUrl */
            globalUrl?: (string|null);

            /** ActiveTarget lastError */
            lastError?: (string|null);

            /** ActiveTarget lastScrape */
            lastScrape?: (google.protobuf.Timestamp.$Properties|null);

            /** ActiveTarget lastScrapeDuration */
            lastScrapeDuration?: (number|null);

            /** ActiveTarget health */
            health?: (thanos.TargetHealth|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActiveTarget. */
        type $Shape = thanos.ActiveTarget.$Properties;
    }

    /**
     * Properties of a DroppedTarget.
     * @deprecated Use thanos.DroppedTarget.$Properties instead.
     */
    interface IDroppedTarget extends thanos.DroppedTarget.$Properties {
    }

    /** Represents a DroppedTarget. */
    class DroppedTarget {

        /**
         * Constructs a new DroppedTarget.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.DroppedTarget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DroppedTarget discoveredLabels. */
        discoveredLabels?: (thanos.ZLabelSet.$Properties|null);

        /**
         * Creates a new DroppedTarget instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DroppedTarget instance
         */
        static create(properties: thanos.DroppedTarget.$Shape): thanos.DroppedTarget & thanos.DroppedTarget.$Shape;
        static create(properties?: thanos.DroppedTarget.$Properties): thanos.DroppedTarget;

        /**
         * Encodes the specified DroppedTarget message. Does not implicitly {@link thanos.DroppedTarget.verify|verify} messages.
         * @param message DroppedTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.DroppedTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DroppedTarget message, length delimited. Does not implicitly {@link thanos.DroppedTarget.verify|verify} messages.
         * @param message DroppedTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: thanos.DroppedTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DroppedTarget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.DroppedTarget & thanos.DroppedTarget.$Shape} DroppedTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.DroppedTarget & thanos.DroppedTarget.$Shape;

        /**
         * Decodes a DroppedTarget message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {thanos.DroppedTarget & thanos.DroppedTarget.$Shape} DroppedTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thanos.DroppedTarget & thanos.DroppedTarget.$Shape;

        /**
         * Verifies a DroppedTarget message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DroppedTarget message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DroppedTarget
         */
        static fromObject(object: { [k: string]: any }): thanos.DroppedTarget;

        /**
         * Creates a plain object from a DroppedTarget message. Also converts values to other types if specified.
         * @param message DroppedTarget
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.DroppedTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DroppedTarget to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DroppedTarget
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DroppedTarget {

        /** Properties of a DroppedTarget. */
        interface $Properties {

            /** DroppedTarget discoveredLabels */
            discoveredLabels?: (thanos.ZLabelSet.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DroppedTarget. */
        type $Shape = thanos.DroppedTarget.$Properties;
    }
}

/** Namespace grpc. */
export namespace grpc {

    /** Namespace health. */
    namespace health {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a HealthCheckRequest.
             * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
             */
            interface IHealthCheckRequest extends grpc.health.v1.HealthCheckRequest.$Properties {
            }

            /** Represents a HealthCheckRequest. */
            class HealthCheckRequest {

                /**
                 * Constructs a new HealthCheckRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthCheckRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckRequest service. */
                service: string;

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckRequest instance
                 */
                static create(properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param message HealthCheckRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthCheckRequest message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param message HealthCheckRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: grpc.health.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;

                /**
                 * Verifies a HealthCheckRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckRequest
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckRequest;

                /**
                 * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
                 * @param message HealthCheckRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthCheckRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckRequest {

                /** Properties of a HealthCheckRequest. */
                interface $Properties {

                    /** HealthCheckRequest service */
                    service?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckRequest. */
                type $Shape = grpc.health.v1.HealthCheckRequest.$Properties;
            }

            /**
             * Properties of a HealthCheckResponse.
             * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
             */
            interface IHealthCheckResponse extends grpc.health.v1.HealthCheckResponse.$Properties {
            }

            /** Represents a HealthCheckResponse. */
            class HealthCheckResponse {

                /**
                 * Constructs a new HealthCheckResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthCheckResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckResponse status. */
                status: grpc.health.v1.HealthCheckResponse.ServingStatus;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckResponse instance
                 */
                static create(properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param message HealthCheckResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthCheckResponse message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param message HealthCheckResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: grpc.health.v1.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;

                /**
                 * Verifies a HealthCheckResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckResponse
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckResponse;

                /**
                 * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
                 * @param message HealthCheckResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthCheckResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckResponse {

                /** Properties of a HealthCheckResponse. */
                interface $Properties {

                    /** HealthCheckResponse status */
                    status?: (grpc.health.v1.HealthCheckResponse.ServingStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckResponse. */
                type $Shape = grpc.health.v1.HealthCheckResponse.$Properties;

                /** ServingStatus enum. */
                enum ServingStatus {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SERVING value */
                    SERVING = 1,

                    /** NOT_SERVING value */
                    NOT_SERVING = 2,

                    /** SERVICE_UNKNOWN value */
                    SERVICE_UNKNOWN = 3
                }
            }

            /**
             * Properties of a HealthListRequest.
             * @deprecated Use grpc.health.v1.HealthListRequest.$Properties instead.
             */
            interface IHealthListRequest extends grpc.health.v1.HealthListRequest.$Properties {
            }

            /** Represents a HealthListRequest. */
            class HealthListRequest {

                /**
                 * Constructs a new HealthListRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthListRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new HealthListRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthListRequest instance
                 */
                static create(properties: grpc.health.v1.HealthListRequest.$Shape): grpc.health.v1.HealthListRequest & grpc.health.v1.HealthListRequest.$Shape;
                static create(properties?: grpc.health.v1.HealthListRequest.$Properties): grpc.health.v1.HealthListRequest;

                /**
                 * Encodes the specified HealthListRequest message. Does not implicitly {@link grpc.health.v1.HealthListRequest.verify|verify} messages.
                 * @param message HealthListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthListRequest message, length delimited. Does not implicitly {@link grpc.health.v1.HealthListRequest.verify|verify} messages.
                 * @param message HealthListRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: grpc.health.v1.HealthListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthListRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthListRequest & grpc.health.v1.HealthListRequest.$Shape} HealthListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthListRequest & grpc.health.v1.HealthListRequest.$Shape;

                /**
                 * Decodes a HealthListRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthListRequest & grpc.health.v1.HealthListRequest.$Shape} HealthListRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthListRequest & grpc.health.v1.HealthListRequest.$Shape;

                /**
                 * Verifies a HealthListRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthListRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthListRequest
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthListRequest;

                /**
                 * Creates a plain object from a HealthListRequest message. Also converts values to other types if specified.
                 * @param message HealthListRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthListRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthListRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthListRequest {

                /** Properties of a HealthListRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthListRequest. */
                type $Shape = grpc.health.v1.HealthListRequest.$Properties;
            }

            /**
             * Properties of a HealthListResponse.
             * @deprecated Use grpc.health.v1.HealthListResponse.$Properties instead.
             */
            interface IHealthListResponse extends grpc.health.v1.HealthListResponse.$Properties {
            }

            /** Represents a HealthListResponse. */
            class HealthListResponse {

                /**
                 * Constructs a new HealthListResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthListResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthListResponse statuses. */
                statuses: { [k: string]: grpc.health.v1.HealthCheckResponse.$Properties };

                /**
                 * Creates a new HealthListResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthListResponse instance
                 */
                static create(properties: grpc.health.v1.HealthListResponse.$Shape): grpc.health.v1.HealthListResponse & grpc.health.v1.HealthListResponse.$Shape;
                static create(properties?: grpc.health.v1.HealthListResponse.$Properties): grpc.health.v1.HealthListResponse;

                /**
                 * Encodes the specified HealthListResponse message. Does not implicitly {@link grpc.health.v1.HealthListResponse.verify|verify} messages.
                 * @param message HealthListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthListResponse message, length delimited. Does not implicitly {@link grpc.health.v1.HealthListResponse.verify|verify} messages.
                 * @param message HealthListResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: grpc.health.v1.HealthListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthListResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthListResponse & grpc.health.v1.HealthListResponse.$Shape} HealthListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthListResponse & grpc.health.v1.HealthListResponse.$Shape;

                /**
                 * Decodes a HealthListResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {grpc.health.v1.HealthListResponse & grpc.health.v1.HealthListResponse.$Shape} HealthListResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthListResponse & grpc.health.v1.HealthListResponse.$Shape;

                /**
                 * Verifies a HealthListResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthListResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthListResponse
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthListResponse;

                /**
                 * Creates a plain object from a HealthListResponse message. Also converts values to other types if specified.
                 * @param message HealthListResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthListResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthListResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthListResponse {

                /** Properties of a HealthListResponse. */
                interface $Properties {

                    /** HealthListResponse statuses */
                    statuses?: ({ [k: string]: grpc.health.v1.HealthCheckResponse.$Properties }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthListResponse. */
                type $Shape = grpc.health.v1.HealthListResponse.$Properties;
            }
        }
    }
}

/** Namespace hintspb. */
export namespace hintspb {

    /**
     * Properties of a SeriesRequestHints.
     * @deprecated Use hintspb.SeriesRequestHints.$Properties instead.
     */
    interface ISeriesRequestHints extends hintspb.SeriesRequestHints.$Properties {
    }

    /** Represents a SeriesRequestHints. */
    class SeriesRequestHints {

        /**
         * Constructs a new SeriesRequestHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.SeriesRequestHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesRequestHints blockMatchers. */
        blockMatchers: thanos.LabelMatcher.$Properties[];

        /** SeriesRequestHints enableQueryStats. */
        enableQueryStats: boolean;

        /**
         * Creates a new SeriesRequestHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesRequestHints instance
         */
        static create(properties: hintspb.SeriesRequestHints.$Shape): hintspb.SeriesRequestHints & hintspb.SeriesRequestHints.$Shape;
        static create(properties?: hintspb.SeriesRequestHints.$Properties): hintspb.SeriesRequestHints;

        /**
         * Encodes the specified SeriesRequestHints message. Does not implicitly {@link hintspb.SeriesRequestHints.verify|verify} messages.
         * @param message SeriesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.SeriesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeriesRequestHints message, length delimited. Does not implicitly {@link hintspb.SeriesRequestHints.verify|verify} messages.
         * @param message SeriesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.SeriesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesRequestHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.SeriesRequestHints & hintspb.SeriesRequestHints.$Shape} SeriesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.SeriesRequestHints & hintspb.SeriesRequestHints.$Shape;

        /**
         * Decodes a SeriesRequestHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.SeriesRequestHints & hintspb.SeriesRequestHints.$Shape} SeriesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.SeriesRequestHints & hintspb.SeriesRequestHints.$Shape;

        /**
         * Verifies a SeriesRequestHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SeriesRequestHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesRequestHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.SeriesRequestHints;

        /**
         * Creates a plain object from a SeriesRequestHints message. Also converts values to other types if specified.
         * @param message SeriesRequestHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.SeriesRequestHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesRequestHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesRequestHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesRequestHints {

        /** Properties of a SeriesRequestHints. */
        interface $Properties {

            /** SeriesRequestHints blockMatchers */
            blockMatchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** SeriesRequestHints enableQueryStats */
            enableQueryStats?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesRequestHints. */
        type $Shape = hintspb.SeriesRequestHints.$Properties;
    }

    /**
     * Properties of a SeriesResponseHints.
     * @deprecated Use hintspb.SeriesResponseHints.$Properties instead.
     */
    interface ISeriesResponseHints extends hintspb.SeriesResponseHints.$Properties {
    }

    /** Represents a SeriesResponseHints. */
    class SeriesResponseHints {

        /**
         * Constructs a new SeriesResponseHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.SeriesResponseHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesResponseHints queriedBlocks. */
        queriedBlocks: hintspb.Block.$Properties[];

        /** SeriesResponseHints queryStats. */
        queryStats?: (hintspb.QueryStats.$Properties|null);

        /**
         * Creates a new SeriesResponseHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesResponseHints instance
         */
        static create(properties: hintspb.SeriesResponseHints.$Shape): hintspb.SeriesResponseHints & hintspb.SeriesResponseHints.$Shape;
        static create(properties?: hintspb.SeriesResponseHints.$Properties): hintspb.SeriesResponseHints;

        /**
         * Encodes the specified SeriesResponseHints message. Does not implicitly {@link hintspb.SeriesResponseHints.verify|verify} messages.
         * @param message SeriesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.SeriesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeriesResponseHints message, length delimited. Does not implicitly {@link hintspb.SeriesResponseHints.verify|verify} messages.
         * @param message SeriesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.SeriesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesResponseHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.SeriesResponseHints & hintspb.SeriesResponseHints.$Shape} SeriesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.SeriesResponseHints & hintspb.SeriesResponseHints.$Shape;

        /**
         * Decodes a SeriesResponseHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.SeriesResponseHints & hintspb.SeriesResponseHints.$Shape} SeriesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.SeriesResponseHints & hintspb.SeriesResponseHints.$Shape;

        /**
         * Verifies a SeriesResponseHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SeriesResponseHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesResponseHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.SeriesResponseHints;

        /**
         * Creates a plain object from a SeriesResponseHints message. Also converts values to other types if specified.
         * @param message SeriesResponseHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.SeriesResponseHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesResponseHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesResponseHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesResponseHints {

        /** Properties of a SeriesResponseHints. */
        interface $Properties {

            /** SeriesResponseHints queriedBlocks */
            queriedBlocks?: (hintspb.Block.$Properties[]|null);

            /** SeriesResponseHints queryStats */
            queryStats?: (hintspb.QueryStats.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesResponseHints. */
        type $Shape = hintspb.SeriesResponseHints.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use hintspb.Block.$Properties instead.
     */
    interface IBlock extends hintspb.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block id. */
        id: string;

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: hintspb.Block.$Shape): hintspb.Block & hintspb.Block.$Shape;
        static create(properties?: hintspb.Block.$Properties): hintspb.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link hintspb.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Block message, length delimited. Does not implicitly {@link hintspb.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.Block & hintspb.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.Block & hintspb.Block.$Shape;

        /**
         * Decodes a Block message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.Block & hintspb.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.Block & hintspb.Block.$Shape;

        /**
         * Verifies a Block message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Block
         */
        static fromObject(object: { [k: string]: any }): hintspb.Block;

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @param message Block
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Block to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Block
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = hintspb.Block.$Properties;
    }

    /**
     * Properties of a LabelNamesRequestHints.
     * @deprecated Use hintspb.LabelNamesRequestHints.$Properties instead.
     */
    interface ILabelNamesRequestHints extends hintspb.LabelNamesRequestHints.$Properties {
    }

    /** Represents a LabelNamesRequestHints. */
    class LabelNamesRequestHints {

        /**
         * Constructs a new LabelNamesRequestHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.LabelNamesRequestHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesRequestHints blockMatchers. */
        blockMatchers: thanos.LabelMatcher.$Properties[];

        /**
         * Creates a new LabelNamesRequestHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesRequestHints instance
         */
        static create(properties: hintspb.LabelNamesRequestHints.$Shape): hintspb.LabelNamesRequestHints & hintspb.LabelNamesRequestHints.$Shape;
        static create(properties?: hintspb.LabelNamesRequestHints.$Properties): hintspb.LabelNamesRequestHints;

        /**
         * Encodes the specified LabelNamesRequestHints message. Does not implicitly {@link hintspb.LabelNamesRequestHints.verify|verify} messages.
         * @param message LabelNamesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.LabelNamesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelNamesRequestHints message, length delimited. Does not implicitly {@link hintspb.LabelNamesRequestHints.verify|verify} messages.
         * @param message LabelNamesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.LabelNamesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesRequestHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.LabelNamesRequestHints & hintspb.LabelNamesRequestHints.$Shape} LabelNamesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.LabelNamesRequestHints & hintspb.LabelNamesRequestHints.$Shape;

        /**
         * Decodes a LabelNamesRequestHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.LabelNamesRequestHints & hintspb.LabelNamesRequestHints.$Shape} LabelNamesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.LabelNamesRequestHints & hintspb.LabelNamesRequestHints.$Shape;

        /**
         * Verifies a LabelNamesRequestHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelNamesRequestHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesRequestHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.LabelNamesRequestHints;

        /**
         * Creates a plain object from a LabelNamesRequestHints message. Also converts values to other types if specified.
         * @param message LabelNamesRequestHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.LabelNamesRequestHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesRequestHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesRequestHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesRequestHints {

        /** Properties of a LabelNamesRequestHints. */
        interface $Properties {

            /** LabelNamesRequestHints blockMatchers */
            blockMatchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesRequestHints. */
        type $Shape = hintspb.LabelNamesRequestHints.$Properties;
    }

    /**
     * Properties of a LabelNamesResponseHints.
     * @deprecated Use hintspb.LabelNamesResponseHints.$Properties instead.
     */
    interface ILabelNamesResponseHints extends hintspb.LabelNamesResponseHints.$Properties {
    }

    /** Represents a LabelNamesResponseHints. */
    class LabelNamesResponseHints {

        /**
         * Constructs a new LabelNamesResponseHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.LabelNamesResponseHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesResponseHints queriedBlocks. */
        queriedBlocks: hintspb.Block.$Properties[];

        /**
         * Creates a new LabelNamesResponseHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesResponseHints instance
         */
        static create(properties: hintspb.LabelNamesResponseHints.$Shape): hintspb.LabelNamesResponseHints & hintspb.LabelNamesResponseHints.$Shape;
        static create(properties?: hintspb.LabelNamesResponseHints.$Properties): hintspb.LabelNamesResponseHints;

        /**
         * Encodes the specified LabelNamesResponseHints message. Does not implicitly {@link hintspb.LabelNamesResponseHints.verify|verify} messages.
         * @param message LabelNamesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.LabelNamesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelNamesResponseHints message, length delimited. Does not implicitly {@link hintspb.LabelNamesResponseHints.verify|verify} messages.
         * @param message LabelNamesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.LabelNamesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesResponseHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.LabelNamesResponseHints & hintspb.LabelNamesResponseHints.$Shape} LabelNamesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.LabelNamesResponseHints & hintspb.LabelNamesResponseHints.$Shape;

        /**
         * Decodes a LabelNamesResponseHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.LabelNamesResponseHints & hintspb.LabelNamesResponseHints.$Shape} LabelNamesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.LabelNamesResponseHints & hintspb.LabelNamesResponseHints.$Shape;

        /**
         * Verifies a LabelNamesResponseHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelNamesResponseHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesResponseHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.LabelNamesResponseHints;

        /**
         * Creates a plain object from a LabelNamesResponseHints message. Also converts values to other types if specified.
         * @param message LabelNamesResponseHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.LabelNamesResponseHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesResponseHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesResponseHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesResponseHints {

        /** Properties of a LabelNamesResponseHints. */
        interface $Properties {

            /** LabelNamesResponseHints queriedBlocks */
            queriedBlocks?: (hintspb.Block.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesResponseHints. */
        type $Shape = hintspb.LabelNamesResponseHints.$Properties;
    }

    /**
     * Properties of a LabelValuesRequestHints.
     * @deprecated Use hintspb.LabelValuesRequestHints.$Properties instead.
     */
    interface ILabelValuesRequestHints extends hintspb.LabelValuesRequestHints.$Properties {
    }

    /** Represents a LabelValuesRequestHints. */
    class LabelValuesRequestHints {

        /**
         * Constructs a new LabelValuesRequestHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.LabelValuesRequestHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesRequestHints blockMatchers. */
        blockMatchers: thanos.LabelMatcher.$Properties[];

        /**
         * Creates a new LabelValuesRequestHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesRequestHints instance
         */
        static create(properties: hintspb.LabelValuesRequestHints.$Shape): hintspb.LabelValuesRequestHints & hintspb.LabelValuesRequestHints.$Shape;
        static create(properties?: hintspb.LabelValuesRequestHints.$Properties): hintspb.LabelValuesRequestHints;

        /**
         * Encodes the specified LabelValuesRequestHints message. Does not implicitly {@link hintspb.LabelValuesRequestHints.verify|verify} messages.
         * @param message LabelValuesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.LabelValuesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelValuesRequestHints message, length delimited. Does not implicitly {@link hintspb.LabelValuesRequestHints.verify|verify} messages.
         * @param message LabelValuesRequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.LabelValuesRequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesRequestHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.LabelValuesRequestHints & hintspb.LabelValuesRequestHints.$Shape} LabelValuesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.LabelValuesRequestHints & hintspb.LabelValuesRequestHints.$Shape;

        /**
         * Decodes a LabelValuesRequestHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.LabelValuesRequestHints & hintspb.LabelValuesRequestHints.$Shape} LabelValuesRequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.LabelValuesRequestHints & hintspb.LabelValuesRequestHints.$Shape;

        /**
         * Verifies a LabelValuesRequestHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelValuesRequestHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesRequestHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.LabelValuesRequestHints;

        /**
         * Creates a plain object from a LabelValuesRequestHints message. Also converts values to other types if specified.
         * @param message LabelValuesRequestHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.LabelValuesRequestHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesRequestHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesRequestHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesRequestHints {

        /** Properties of a LabelValuesRequestHints. */
        interface $Properties {

            /** LabelValuesRequestHints blockMatchers */
            blockMatchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesRequestHints. */
        type $Shape = hintspb.LabelValuesRequestHints.$Properties;
    }

    /**
     * Properties of a LabelValuesResponseHints.
     * @deprecated Use hintspb.LabelValuesResponseHints.$Properties instead.
     */
    interface ILabelValuesResponseHints extends hintspb.LabelValuesResponseHints.$Properties {
    }

    /** Represents a LabelValuesResponseHints. */
    class LabelValuesResponseHints {

        /**
         * Constructs a new LabelValuesResponseHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.LabelValuesResponseHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesResponseHints queriedBlocks. */
        queriedBlocks: hintspb.Block.$Properties[];

        /**
         * Creates a new LabelValuesResponseHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesResponseHints instance
         */
        static create(properties: hintspb.LabelValuesResponseHints.$Shape): hintspb.LabelValuesResponseHints & hintspb.LabelValuesResponseHints.$Shape;
        static create(properties?: hintspb.LabelValuesResponseHints.$Properties): hintspb.LabelValuesResponseHints;

        /**
         * Encodes the specified LabelValuesResponseHints message. Does not implicitly {@link hintspb.LabelValuesResponseHints.verify|verify} messages.
         * @param message LabelValuesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.LabelValuesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LabelValuesResponseHints message, length delimited. Does not implicitly {@link hintspb.LabelValuesResponseHints.verify|verify} messages.
         * @param message LabelValuesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.LabelValuesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesResponseHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.LabelValuesResponseHints & hintspb.LabelValuesResponseHints.$Shape} LabelValuesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.LabelValuesResponseHints & hintspb.LabelValuesResponseHints.$Shape;

        /**
         * Decodes a LabelValuesResponseHints message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.LabelValuesResponseHints & hintspb.LabelValuesResponseHints.$Shape} LabelValuesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.LabelValuesResponseHints & hintspb.LabelValuesResponseHints.$Shape;

        /**
         * Verifies a LabelValuesResponseHints message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LabelValuesResponseHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesResponseHints
         */
        static fromObject(object: { [k: string]: any }): hintspb.LabelValuesResponseHints;

        /**
         * Creates a plain object from a LabelValuesResponseHints message. Also converts values to other types if specified.
         * @param message LabelValuesResponseHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.LabelValuesResponseHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesResponseHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesResponseHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesResponseHints {

        /** Properties of a LabelValuesResponseHints. */
        interface $Properties {

            /** LabelValuesResponseHints queriedBlocks */
            queriedBlocks?: (hintspb.Block.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesResponseHints. */
        type $Shape = hintspb.LabelValuesResponseHints.$Properties;
    }

    /**
     * Properties of a QueryStats.
     * @deprecated Use hintspb.QueryStats.$Properties instead.
     */
    interface IQueryStats extends hintspb.QueryStats.$Properties {
    }

    /** Represents a QueryStats. */
    class QueryStats {

        /**
         * Constructs a new QueryStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: hintspb.QueryStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryStats blocksQueried. */
        blocksQueried: (number|Long);

        /** QueryStats mergedSeriesCount. */
        mergedSeriesCount: (number|Long);

        /** QueryStats mergedChunksCount. */
        mergedChunksCount: (number|Long);

        /** QueryStats postingsTouched. */
        postingsTouched: (number|Long);

        /** QueryStats postingsTouchedSizeSum. */
        postingsTouchedSizeSum: (number|Long);

        /** QueryStats postingsToFetch. */
        postingsToFetch: (number|Long);

        /** QueryStats postingsFetched. */
        postingsFetched: (number|Long);

        /** QueryStats postingsFetchedSizeSum. */
        postingsFetchedSizeSum: (number|Long);

        /** QueryStats postingsFetchCount. */
        postingsFetchCount: (number|Long);

        /** QueryStats seriesTouched. */
        seriesTouched: (number|Long);

        /** QueryStats seriesTouchedSizeSum. */
        seriesTouchedSizeSum: (number|Long);

        /** QueryStats seriesFetched. */
        seriesFetched: (number|Long);

        /** QueryStats seriesFetchedSizeSum. */
        seriesFetchedSizeSum: (number|Long);

        /** QueryStats seriesFetchCount. */
        seriesFetchCount: (number|Long);

        /** QueryStats chunksTouched. */
        chunksTouched: (number|Long);

        /** QueryStats chunksTouchedSizeSum. */
        chunksTouchedSizeSum: (number|Long);

        /** QueryStats chunksFetched. */
        chunksFetched: (number|Long);

        /** QueryStats chunksFetchedSizeSum. */
        chunksFetchedSizeSum: (number|Long);

        /** QueryStats chunksFetchCount. */
        chunksFetchCount: (number|Long);

        /** QueryStats dataDownloadedSizeSum. */
        dataDownloadedSizeSum: (number|Long);

        /** QueryStats getAllDuration. */
        getAllDuration?: (google.protobuf.Duration.$Properties|null);

        /** QueryStats mergeDuration. */
        mergeDuration?: (google.protobuf.Duration.$Properties|null);

        /**
         * Creates a new QueryStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryStats instance
         */
        static create(properties: hintspb.QueryStats.$Shape): hintspb.QueryStats & hintspb.QueryStats.$Shape;
        static create(properties?: hintspb.QueryStats.$Properties): hintspb.QueryStats;

        /**
         * Encodes the specified QueryStats message. Does not implicitly {@link hintspb.QueryStats.verify|verify} messages.
         * @param message QueryStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: hintspb.QueryStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified QueryStats message, length delimited. Does not implicitly {@link hintspb.QueryStats.verify|verify} messages.
         * @param message QueryStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: hintspb.QueryStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {hintspb.QueryStats & hintspb.QueryStats.$Shape} QueryStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hintspb.QueryStats & hintspb.QueryStats.$Shape;

        /**
         * Decodes a QueryStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {hintspb.QueryStats & hintspb.QueryStats.$Shape} QueryStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hintspb.QueryStats & hintspb.QueryStats.$Shape;

        /**
         * Verifies a QueryStats message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a QueryStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryStats
         */
        static fromObject(object: { [k: string]: any }): hintspb.QueryStats;

        /**
         * Creates a plain object from a QueryStats message. Also converts values to other types if specified.
         * @param message QueryStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: hintspb.QueryStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryStats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryStats
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryStats {

        /** Properties of a QueryStats. */
        interface $Properties {

            /** QueryStats blocksQueried */
            blocksQueried?: (number|Long|null);

            /** QueryStats mergedSeriesCount */
            mergedSeriesCount?: (number|Long|null);

            /** QueryStats mergedChunksCount */
            mergedChunksCount?: (number|Long|null);

            /** QueryStats postingsTouched */
            postingsTouched?: (number|Long|null);

            /** QueryStats postingsTouchedSizeSum */
            postingsTouchedSizeSum?: (number|Long|null);

            /** QueryStats postingsToFetch */
            postingsToFetch?: (number|Long|null);

            /** QueryStats postingsFetched */
            postingsFetched?: (number|Long|null);

            /** QueryStats postingsFetchedSizeSum */
            postingsFetchedSizeSum?: (number|Long|null);

            /** QueryStats postingsFetchCount */
            postingsFetchCount?: (number|Long|null);

            /** QueryStats seriesTouched */
            seriesTouched?: (number|Long|null);

            /** QueryStats seriesTouchedSizeSum */
            seriesTouchedSizeSum?: (number|Long|null);

            /** QueryStats seriesFetched */
            seriesFetched?: (number|Long|null);

            /** QueryStats seriesFetchedSizeSum */
            seriesFetchedSizeSum?: (number|Long|null);

            /** QueryStats seriesFetchCount */
            seriesFetchCount?: (number|Long|null);

            /** QueryStats chunksTouched */
            chunksTouched?: (number|Long|null);

            /** QueryStats chunksTouchedSizeSum */
            chunksTouchedSizeSum?: (number|Long|null);

            /** QueryStats chunksFetched */
            chunksFetched?: (number|Long|null);

            /** QueryStats chunksFetchedSizeSum */
            chunksFetchedSizeSum?: (number|Long|null);

            /** QueryStats chunksFetchCount */
            chunksFetchCount?: (number|Long|null);

            /** QueryStats dataDownloadedSizeSum */
            dataDownloadedSizeSum?: (number|Long|null);

            /** QueryStats getAllDuration */
            getAllDuration?: (google.protobuf.Duration.$Properties|null);

            /** QueryStats mergeDuration */
            mergeDuration?: (google.protobuf.Duration.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryStats. */
        type $Shape = hintspb.QueryStats.$Properties;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: (number|Long);

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Verifies a Duration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|Long|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Verifies an Any message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }
    }
}
