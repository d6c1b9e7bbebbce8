package dev.minicloud.emulator.internal.functions.modules;

/**
 * One module after Closure: ES5 code Rhino runs correctly, and the V3 source map back to the original.
 *
 * @param code the transpiled code
 * @param sourceMap the source map as JSON text
 */
public record Transpiled(String code, String sourceMap) {}
