package org.passerelle.json;

import org.passerelle.model.InvalidInputException;

/**
 * Limits applied while reading JSON documents, to guard against oversized or hostile input.
 *
 * <p>A document that breaks a limit is reported as a problem of that document, never as a crash.
 * This type is immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, 1 to 1000
 * @param maxStringLength the longest string value or field name, in characters, at least 1
 * @param maxDocumentLength the largest document, in bytes actually read for files and streams (not
 *        the size a file claims), characters for strings, at least 1; also the longest line of an
 *        audit log
 * @param maxFiles the most {@code *.json} files a policy directory may hold, at least 1
 * @param maxCollectionSize the most elements of one array, or members of one object, at least 1
 * @param maxDecimalDigits the most digits of a decimal amount written out in full (integer digits
 *        plus fraction digits), 1 to 1000; this bounds both its precision and its scale, so that
 *        {@code 1E999999999} is refused rather than expanded
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxFiles,
        int maxCollectionSize, int maxDecimalDigits) {
    /** The default number of digits of a decimal amount written out in full. */
    private static final int DEFAULT_DECIMAL_DIGITS = 40;

    /**
     * The default limits: nesting 32, strings of 64 Ki characters, documents of 16 MiB (in bytes
     * actually read; also the longest line of an audit log), 1,000 files per directory, 100,000
     * elements per array or members per object, decimals of 40 digits. Policy documents nest about
     * six levels and hold short texts, so these leave room to grow.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(32, 65_536, 16L * 1024 * 1024, 1_000, 100_000,
            DEFAULT_DECIMAL_DIGITS);

    /**
     * Validates the limits.
     */
    public ReadLimits {
        if (maxNestingDepth < 1 || maxNestingDepth > 1000) {
            throw new InvalidInputException("maxNestingDepth", String.valueOf(maxNestingDepth),
                    "must be from 1 to 1000");
        }
        if (maxStringLength < 1) {
            throw new InvalidInputException("maxStringLength", String.valueOf(maxStringLength), "must be at least 1");
        }
        if (maxDocumentLength < 1) {
            throw new InvalidInputException("maxDocumentLength", String.valueOf(maxDocumentLength),
                    "must be at least 1");
        }
        if (maxFiles < 1) {
            throw new InvalidInputException("maxFiles", String.valueOf(maxFiles), "must be at least 1");
        }
        if (maxCollectionSize < 1) {
            throw new InvalidInputException("maxCollectionSize", String.valueOf(maxCollectionSize),
                    "must be at least 1");
        }
        if (maxDecimalDigits < 1 || maxDecimalDigits > 1000) {
            throw new InvalidInputException("maxDecimalDigits", String.valueOf(maxDecimalDigits),
                    "must be from 1 to 1000 (the most digits an amount of the model may have)");
        }
    }

    /**
     * Creates limits with the default decimal limit ({@code DEFAULTS.maxDecimalDigits()}), as before
     * that limit existed.
     *
     * @param maxNestingDepth the deepest nesting of objects and arrays, 1 to 1000
     * @param maxStringLength the longest string value or field name, at least 1
     * @param maxDocumentLength the largest document, at least 1
     * @param maxFiles the most {@code *.json} files a policy directory may hold, at least 1
     * @param maxCollectionSize the most elements of one array, or members of one object, at least 1
     */
    public ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxFiles,
            int maxCollectionSize) {
        this(maxNestingDepth, maxStringLength, maxDocumentLength, maxFiles, maxCollectionSize,
                DEFAULT_DECIMAL_DIGITS);
    }

    /**
     * Creates limits with the default collection size limit ({@code DEFAULTS.maxCollectionSize()}),
     * as before that limit existed.
     *
     * @param maxNestingDepth the deepest nesting of objects and arrays, 1 to 1000
     * @param maxStringLength the longest string value or field name, at least 1
     * @param maxDocumentLength the largest document, at least 1
     * @param maxFiles the most {@code *.json} files a policy directory may hold, at least 1
     */
    public ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxFiles) {
        this(maxNestingDepth, maxStringLength, maxDocumentLength, maxFiles, 100_000, DEFAULT_DECIMAL_DIGITS);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param value the deepest nesting, 1 to 1000
     * @return the copy, not null
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(value, maxStringLength, maxDocumentLength, maxFiles,
                maxCollectionSize, maxDecimalDigits);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param value the longest string, at least 1
     * @return the copy, not null
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxNestingDepth, value, maxDocumentLength, maxFiles,
                maxCollectionSize, maxDecimalDigits);
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param value the largest document, at least 1
     * @return the copy, not null
     */
    public ReadLimits withMaxDocumentLength(long value) {
        return new ReadLimits(maxNestingDepth, maxStringLength, value, maxFiles,
                maxCollectionSize, maxDecimalDigits);
    }

    /**
     * Returns a copy with another limit on the number of files of a policy directory.
     *
     * @param value the most files, at least 1
     * @return the copy, not null
     */
    public ReadLimits withMaxFiles(int value) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentLength, value,
                maxCollectionSize, maxDecimalDigits);
    }

    /**
     * Returns a copy with another limit on the size of one array or object.
     *
     * @param value the most elements of one array or members of one object, at least 1
     * @return the copy, not null
     */
    public ReadLimits withMaxCollectionSize(int value) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentLength, maxFiles, value,
                maxDecimalDigits);
    }

    /**
     * Returns a copy with another limit on the digits of a decimal amount.
     *
     * @param value the most digits written out in full, 1 to 1000
     * @return the copy, not null
     */
    public ReadLimits withMaxDecimalDigits(int value) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentLength, maxFiles, maxCollectionSize,
                value);
    }
}
