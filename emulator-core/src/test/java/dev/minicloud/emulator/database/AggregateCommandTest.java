package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code db.command.aggregate} offers exactly the SDK's operators, each {@code {"$op": arg}}. */
class AggregateCommandTest {
    /** The operators of {@code @cloudbase/database} 1.4.3's {@code Command.aggregate}, by JavaScript name. */
    private static final List<String> SDK = List.of("abs", "add", "ceil", "divide", "exp", "floor", "ln", "log",
            "log10", "mod", "multiply", "pow", "sqrt", "subtract", "trunc", "arrayElemAt", "arrayToObject",
            "concatArrays", "filter", "in", "indexOfArray", "isArray", "map", "range", "reduce", "reverseArray",
            "size", "slice", "zip", "and", "not", "or", "cmp", "eq", "gt", "gte", "lt", "lte", "neq", "cond",
            "ifNull", "switch", "dateFromParts", "dateFromString", "dayOfMonth", "dayOfWeek", "dayOfYear",
            "isoDayOfWeek", "isoWeek", "isoWeekYear", "millisecond", "minute", "month", "second", "hour", "week",
            "year", "literal", "mergeObjects", "objectToArray", "allElementsTrue", "anyElementTrue", "setDifference",
            "setEquals", "setIntersection", "setIsSubset", "setUnion", "concat", "dateToString", "indexOfBytes",
            "indexOfCP", "split", "strLenBytes", "strLenCP", "strcasecmp", "substr", "substrBytes", "substrCP",
            "toLower", "toUpper", "meta", "addToSet", "avg", "first", "last", "max", "min", "push", "stdDevPop",
            "stdDevSamp", "sum", "let");

    private static String javaName(String sdkName) {
        return sdkName.equals("switch") ? "switchCase" : sdkName;
    }

    private static String wireName(String sdkName) {
        return sdkName.equals("neq") ? "$ne" : "$" + sdkName;
    }

    @Test
    void every_sdk_operator_is_offered_and_nothing_else() {
        TreeSet<String> offered = Arrays.stream(AggregateCommand.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("pipeline"))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(offered).isEqualTo(SDK.stream().map(AggregateCommandTest::javaName)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void each_operator_gives_its_wire_object_with_the_argument_as_is() throws Exception {
        Object argument = List.of("$a", 1);
        for (String name : SDK) {
            Method m = AggregateCommand.class.getMethod(javaName(name), Object.class);
            assertThat(m.invoke(Command.aggregate, argument)).as(name).isEqualTo(Map.of(wireName(name), argument));
        }
    }

    @Test
    void operators_absent_from_the_sdk_still_run_as_plain_objects() {
        assertThat(Arrays.stream(AggregateCommand.class.getMethods()).map(Method::getName))
                .doesNotContain("convert", "toInt", "trim", "type", "dateToParts");
    }
}
