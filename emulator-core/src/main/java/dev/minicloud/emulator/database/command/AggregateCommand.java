package dev.minicloud.emulator.database.command;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code db.command.aggregate}, the {@code $} of the documentation: every aggregation expression operator of the
 * SDK. Each method gives {@code {"$<name>": argument}}, as the SDK does ({@link #neq} gives {@code $ne}); arguments
 * are passed on as they are, so an operator taking several operands takes one list:
 *
 * <pre>{@code
 * AggregateCommand $ = Command.aggregate;
 * db.collection("orders").aggregate()
 *         .group(Map.of("_id", "$customer", "total", $.sum($.multiply(List.of("$price", "$quantity")))))
 *         .end();
 * }</pre>
 *
 * <p>Field paths are strings starting with {@code $} ({@code "$price"}), variables with {@code $$}. The operators
 * {@code @cloudbase/database} 1.4.3 lacks ({@code convert}, {@code toInt}, {@code trim}, ...) have no method here,
 * but pipelines may still use them as plain objects ({@code Map.of("$toInt", "$s")}); MiniCloud runs them as
 * MongoDB 4.0 does. Stateless and thread-safe.
 */
public final class AggregateCommand {
    AggregateCommand() {}

    /**
     * {@code $.pipeline()}: a sub-pipeline for {@code lookup}, built with the stage methods and finished with
     * {@link Pipeline#done()}.
     */
    public Pipeline pipeline() {
        return new Pipeline(List.of());
    }

    private static Map<String, Object> op(String name, Object argument) {
        return Collections.singletonMap("$" + name, argument);
    }

    // ---- arithmetic ----

    /** {@code $abs}: the absolute value of a number. */
    public Map<String, Object> abs(Object argument) {
        return op("abs", argument);
    }

    /** {@code $add}: the sum of numbers, or a date plus milliseconds: {@code add(List.of("$price", "$fee"))}. */
    public Map<String, Object> add(Object argument) {
        return op("add", argument);
    }

    /** {@code $ceil}: the smallest integer greater than or equal to a number. */
    public Map<String, Object> ceil(Object argument) {
        return op("ceil", argument);
    }

    /** {@code $divide}: the first number divided by the second: {@code divide(List.of("$a", "$b"))}. */
    public Map<String, Object> divide(Object argument) {
        return op("divide", argument);
    }

    /** {@code $exp}: <i>e</i> raised to a power. */
    public Map<String, Object> exp(Object argument) {
        return op("exp", argument);
    }

    /** {@code $floor}: the largest integer less than or equal to a number. */
    public Map<String, Object> floor(Object argument) {
        return op("floor", argument);
    }

    /** {@code $ln}: the natural logarithm of a positive number. */
    public Map<String, Object> ln(Object argument) {
        return op("ln", argument);
    }

    /** {@code $log}: the logarithm of a number in a base: {@code log(List.of("$n", 2))}. */
    public Map<String, Object> log(Object argument) {
        return op("log", argument);
    }

    /** {@code $log10}: the base-10 logarithm of a positive number. */
    public Map<String, Object> log10(Object argument) {
        return op("log10", argument);
    }

    /** {@code $mod}: the remainder of the first number divided by the second. */
    public Map<String, Object> mod(Object argument) {
        return op("mod", argument);
    }

    /** {@code $multiply}: the product of numbers. */
    public Map<String, Object> multiply(Object argument) {
        return op("multiply", argument);
    }

    /** {@code $pow}: a number raised to a power: {@code pow(List.of("$n", 2))}. */
    public Map<String, Object> pow(Object argument) {
        return op("pow", argument);
    }

    /** {@code $sqrt}: the square root of a non-negative number. */
    public Map<String, Object> sqrt(Object argument) {
        return op("sqrt", argument);
    }

    /** {@code $subtract}: the first number (or date) minus the second; two dates give milliseconds. */
    public Map<String, Object> subtract(Object argument) {
        return op("subtract", argument);
    }

    /** {@code $trunc}: a number truncated toward zero. */
    public Map<String, Object> trunc(Object argument) {
        return op("trunc", argument);
    }

    // ---- array ----

    /**
     * {@code $arrayElemAt}: the element at an index, negative counting from the end:
     * {@code arrayElemAt(List.of("$a", 0))}.
     */
    public Map<String, Object> arrayElemAt(Object argument) {
        return op("arrayElemAt", argument);
    }

    /** {@code $arrayToObject}: an object from {@code [k, v]} pairs or {@code {k, v}} objects. */
    public Map<String, Object> arrayToObject(Object argument) {
        return op("arrayToObject", argument);
    }

    /** {@code $concatArrays}: the arrays joined in order. */
    public Map<String, Object> concatArrays(Object argument) {
        return op("concatArrays", argument);
    }

    /**
     * {@code $filter}: the elements for which {@code cond} holds:
     * {@code filter(Map.of("input", "$a", "as", "x", "cond", ...))}.
     */
    public Map<String, Object> filter(Object argument) {
        return op("filter", argument);
    }

    /** {@code $in}: whether a value is an element of an array: {@code in(List.of("$v", "$array"))}. */
    public Map<String, Object> in(Object argument) {
        return op("in", argument);
    }

    /** {@code $indexOfArray}: the index of the first element equal to a value, or -1. */
    public Map<String, Object> indexOfArray(Object argument) {
        return op("indexOfArray", argument);
    }

    /** {@code $isArray}: whether a value is an array. */
    public Map<String, Object> isArray(Object argument) {
        return op("isArray", argument);
    }

    /** {@code $map}: each element transformed: {@code map(Map.of("input", "$a", "as", "x", "in", ...))}. */
    public Map<String, Object> map(Object argument) {
        return op("map", argument);
    }

    /** {@code $range}: integers from start up to (not including) end, by step. */
    public Map<String, Object> range(Object argument) {
        return op("range", argument);
    }

    /** {@code $reduce}: an array folded into one value with {@code $$value} and {@code $$this}. */
    public Map<String, Object> reduce(Object argument) {
        return op("reduce", argument);
    }

    /** {@code $reverseArray}: the elements in reverse order. */
    public Map<String, Object> reverseArray(Object argument) {
        return op("reverseArray", argument);
    }

    /** {@code $size}: the number of elements of an array. */
    public Map<String, Object> size(Object argument) {
        return op("size", argument);
    }

    /** {@code $slice}: a part of an array: {@code [array, n]} or {@code [array, position, n]}. */
    public Map<String, Object> slice(Object argument) {
        return op("slice", argument);
    }

    /** {@code $zip}: arrays transposed: {@code zip(Map.of("inputs", List.of("$a", "$b")))}. */
    public Map<String, Object> zip(Object argument) {
        return op("zip", argument);
    }

    // ---- boolean ----

    /** {@code $and}: whether every expression is true. */
    public Map<String, Object> and(Object argument) {
        return op("and", argument);
    }

    /** {@code $not}: the opposite of an expression's truth. */
    public Map<String, Object> not(Object argument) {
        return op("not", argument);
    }

    /** {@code $or}: whether any expression is true. */
    public Map<String, Object> or(Object argument) {
        return op("or", argument);
    }

    // ---- comparison ----

    /** {@code $cmp}: -1, 0 or 1 comparing two values in MongoDB's order. */
    public Map<String, Object> cmp(Object argument) {
        return op("cmp", argument);
    }

    /** {@code $eq}: whether two values are equal: {@code eq(List.of("$a", "$b"))}. */
    public Map<String, Object> eq(Object argument) {
        return op("eq", argument);
    }

    /** {@code $gt}: whether the first value is greater than the second. */
    public Map<String, Object> gt(Object argument) {
        return op("gt", argument);
    }

    /** {@code $gte}: whether the first value is greater than or equal to the second. */
    public Map<String, Object> gte(Object argument) {
        return op("gte", argument);
    }

    /** {@code $lt}: whether the first value is less than the second. */
    public Map<String, Object> lt(Object argument) {
        return op("lt", argument);
    }

    /** {@code $lte}: whether the first value is less than or equal to the second. */
    public Map<String, Object> lte(Object argument) {
        return op("lte", argument);
    }

    /** {@code $ne}: whether two values differ. */
    public Map<String, Object> neq(Object argument) {
        return op("ne", argument);
    }

    // ---- conditional ----

    /**
     * {@code $cond}: {@code then} if {@code if} is true, else {@code else}:
     * {@code cond(Map.of("if", ..., "then", ..., "else", ...))} or a three-element list.
     */
    public Map<String, Object> cond(Object argument) {
        return op("cond", argument);
    }

    /** {@code $ifNull}: the first value unless it is null or missing, else the second. */
    public Map<String, Object> ifNull(Object argument) {
        return op("ifNull", argument);
    }

    /**
     * {@code $switch} ({@code $.switch} in JavaScript, a Java keyword): the {@code then} of the first
     * {@code branches} case that is true, else {@code default}.
     */
    public Map<String, Object> switchCase(Object argument) {
        return op("switch", argument);
    }

    // ---- date ----

    /**
     * {@code $dateFromParts}: a date from {@code year}, {@code month}, {@code day}, ... (or ISO week parts) and an
     * optional {@code timezone}.
     */
    public Map<String, Object> dateFromParts(Object argument) {
        return op("dateFromParts", argument);
    }

    /**
     * {@code $dateFromString}: a date parsed from {@code dateString}, with optional {@code format},
     * {@code timezone}, {@code onError}, {@code onNull}.
     */
    public Map<String, Object> dateFromString(Object argument) {
        return op("dateFromString", argument);
    }

    /**
     * {@code $dateToString}: a date formatted:
     * {@code dateToString(Map.of("date", "$d", "format", "%Y-%m-%d", "timezone", "Asia/Shanghai"))}.
     */
    public Map<String, Object> dateToString(Object argument) {
        return op("dateToString", argument);
    }

    /** {@code $dayOfMonth}: the day of the month, 1-31. */
    public Map<String, Object> dayOfMonth(Object argument) {
        return op("dayOfMonth", argument);
    }

    /** {@code $dayOfWeek}: the day of the week, 1 (Sunday) to 7. */
    public Map<String, Object> dayOfWeek(Object argument) {
        return op("dayOfWeek", argument);
    }

    /** {@code $dayOfYear}: the day of the year, 1-366. */
    public Map<String, Object> dayOfYear(Object argument) {
        return op("dayOfYear", argument);
    }

    /** {@code $hour}: the hour, 0-23. */
    public Map<String, Object> hour(Object argument) {
        return op("hour", argument);
    }

    /** {@code $isoDayOfWeek}: the ISO day of the week, 1 (Monday) to 7. */
    public Map<String, Object> isoDayOfWeek(Object argument) {
        return op("isoDayOfWeek", argument);
    }

    /** {@code $isoWeek}: the ISO week of the year, 1-53. */
    public Map<String, Object> isoWeek(Object argument) {
        return op("isoWeek", argument);
    }

    /** {@code $isoWeekYear}: the ISO week-numbering year. */
    public Map<String, Object> isoWeekYear(Object argument) {
        return op("isoWeekYear", argument);
    }

    /** {@code $millisecond}: the millisecond, 0-999. */
    public Map<String, Object> millisecond(Object argument) {
        return op("millisecond", argument);
    }

    /** {@code $minute}: the minute, 0-59. */
    public Map<String, Object> minute(Object argument) {
        return op("minute", argument);
    }

    /** {@code $month}: the month, 1-12. */
    public Map<String, Object> month(Object argument) {
        return op("month", argument);
    }

    /** {@code $second}: the second, 0-59. */
    public Map<String, Object> second(Object argument) {
        return op("second", argument);
    }

    /** {@code $week}: the week of the year, 0-53, weeks starting on Sunday. */
    public Map<String, Object> week(Object argument) {
        return op("week", argument);
    }

    /** {@code $year}: the year. */
    public Map<String, Object> year(Object argument) {
        return op("year", argument);
    }

    // ---- literal ----

    /** {@code $literal}: a value taken as it is, not evaluated: {@code literal("$notAField")}. */
    public Map<String, Object> literal(Object argument) {
        return op("literal", argument);
    }

    // ---- object ----

    /** {@code $mergeObjects}: objects merged, later fields winning; in {@code group} an accumulator. */
    public Map<String, Object> mergeObjects(Object argument) {
        return op("mergeObjects", argument);
    }

    /** {@code $objectToArray}: an object's fields as {@code {k, v}} objects. */
    public Map<String, Object> objectToArray(Object argument) {
        return op("objectToArray", argument);
    }

    // ---- set ----

    /** {@code $allElementsTrue}: whether no element of an array is false, null, 0 or missing. */
    public Map<String, Object> allElementsTrue(Object argument) {
        return op("allElementsTrue", argument);
    }

    /** {@code $anyElementTrue}: whether some element of an array is true. */
    public Map<String, Object> anyElementTrue(Object argument) {
        return op("anyElementTrue", argument);
    }

    /** {@code $setDifference}: the elements of the first array not in the second. */
    public Map<String, Object> setDifference(Object argument) {
        return op("setDifference", argument);
    }

    /** {@code $setEquals}: whether the arrays have the same distinct elements. */
    public Map<String, Object> setEquals(Object argument) {
        return op("setEquals", argument);
    }

    /** {@code $setIntersection}: the elements in every array. */
    public Map<String, Object> setIntersection(Object argument) {
        return op("setIntersection", argument);
    }

    /** {@code $setIsSubset}: whether every element of the first array is in the second. */
    public Map<String, Object> setIsSubset(Object argument) {
        return op("setIsSubset", argument);
    }

    /** {@code $setUnion}: the elements in any array. */
    public Map<String, Object> setUnion(Object argument) {
        return op("setUnion", argument);
    }

    // ---- string ----

    /** {@code $concat}: strings joined. */
    public Map<String, Object> concat(Object argument) {
        return op("concat", argument);
    }

    /** {@code $indexOfBytes}: the UTF-8 byte index of a substring, or -1. */
    public Map<String, Object> indexOfBytes(Object argument) {
        return op("indexOfBytes", argument);
    }

    /** {@code $indexOfCP}: the code-point index of a substring, or -1. */
    public Map<String, Object> indexOfCP(Object argument) {
        return op("indexOfCP", argument);
    }

    /** {@code $split}: a string split at a delimiter. */
    public Map<String, Object> split(Object argument) {
        return op("split", argument);
    }

    /** {@code $strLenBytes}: the number of UTF-8 bytes of a string. */
    public Map<String, Object> strLenBytes(Object argument) {
        return op("strLenBytes", argument);
    }

    /** {@code $strLenCP}: the number of code points of a string. */
    public Map<String, Object> strLenCP(Object argument) {
        return op("strLenCP", argument);
    }

    /** {@code $strcasecmp}: -1, 0 or 1 comparing two strings case-insensitively (ASCII). */
    public Map<String, Object> strcasecmp(Object argument) {
        return op("strcasecmp", argument);
    }

    /** {@code $substr}: a substring by UTF-8 byte index and length, as {@code substrBytes}. */
    public Map<String, Object> substr(Object argument) {
        return op("substr", argument);
    }

    /** {@code $substrBytes}: a substring by UTF-8 byte index and length. */
    public Map<String, Object> substrBytes(Object argument) {
        return op("substrBytes", argument);
    }

    /** {@code $substrCP}: a substring by code-point index and length. */
    public Map<String, Object> substrCP(Object argument) {
        return op("substrCP", argument);
    }

    /** {@code $toLower}: a string in lower case (ASCII letters). */
    public Map<String, Object> toLower(Object argument) {
        return op("toLower", argument);
    }

    /** {@code $toUpper}: a string in upper case (ASCII letters). */
    public Map<String, Object> toUpper(Object argument) {
        return op("toUpper", argument);
    }

    // ---- text ----

    /** {@code $meta}: text-search metadata; MiniCloud has no text index, so running it fails. */
    public Map<String, Object> meta(Object argument) {
        return op("meta", argument);
    }

    // ---- accumulators ----

    /** {@code $addToSet}: in {@code group}: the distinct values. */
    public Map<String, Object> addToSet(Object argument) {
        return op("addToSet", argument);
    }

    /** {@code $avg}: the average of numbers (an accumulator in {@code group}). */
    public Map<String, Object> avg(Object argument) {
        return op("avg", argument);
    }

    /** {@code $first}: in {@code group}: the value of the first document. */
    public Map<String, Object> first(Object argument) {
        return op("first", argument);
    }

    /** {@code $last}: in {@code group}: the value of the last document. */
    public Map<String, Object> last(Object argument) {
        return op("last", argument);
    }

    /** {@code $max}: the largest value (an accumulator in {@code group}). */
    public Map<String, Object> max(Object argument) {
        return op("max", argument);
    }

    /** {@code $min}: the smallest value (an accumulator in {@code group}). */
    public Map<String, Object> min(Object argument) {
        return op("min", argument);
    }

    /** {@code $push}: in {@code group}: every value, in order. */
    public Map<String, Object> push(Object argument) {
        return op("push", argument);
    }

    /** {@code $stdDevPop}: the population standard deviation (an accumulator in {@code group}). */
    public Map<String, Object> stdDevPop(Object argument) {
        return op("stdDevPop", argument);
    }

    /** {@code $stdDevSamp}: the sample standard deviation (an accumulator in {@code group}). */
    public Map<String, Object> stdDevSamp(Object argument) {
        return op("stdDevSamp", argument);
    }

    /** {@code $sum}: the sum of numbers; {@code sum(1)} counts documents in {@code group}. */
    public Map<String, Object> sum(Object argument) {
        return op("sum", argument);
    }

    // ---- variables ----

    /** {@code $let}: an expression with variables: {@code let(Map.of("vars", Map.of("total", ...), "in", ...))}. */
    public Map<String, Object> let(Object argument) {
        return op("let", argument);
    }

}
