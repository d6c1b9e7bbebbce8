package dev.minicloud.emulator.internal.database.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code $allElementsTrue $anyElementTrue $setDifference $setEquals $setIntersection $setIsSubset $setUnion}: arrays
 * as sets, duplicates ignored, equality as in {@code $eq}. Results keep the order in which elements first appear.
 */
final class SetOperators {
    private SetOperators() {}

    static void register(Operators.Registry r) {
        r.add("allElementsTrue", (arg, c) -> elements("$allElementsTrue", arg, c, true));
        r.add("anyElementTrue", (arg, c) -> elements("$anyElementTrue", arg, c, false));
        r.add("setDifference", (arg, c) -> Args.binary("$setDifference", arg, c, (a, b) -> {
                List<?> left = Values.array(a, "both operands of $setDifference must be arrays. First argument is of"
                        + " type: ");
                List<?> right = Values.array(b, "both operands of $setDifference must be arrays. Second argument is"
                        + " of type: ");
                List<Object> out = new ArrayList<>();
                for (Object e : left) {
                    if (!contains(right, e) && !contains(out, e)) {
                        out.add(e);
                    }
                }
                return out;
            }));
        r.add("setEquals", (arg, c) -> {
            List<Expression> operands = Args.operands("$setEquals", arg, c, 2, Integer.MAX_VALUE);
            return scope -> {
                List<?> first = null;
                for (Object v : Values.evaluateAll(operands, scope)) {
                    List<?> set = Values.array(v, "All operands of $setEquals must be arrays. One argument is of"
                            + " type: ");
                    if (first == null) {
                        first = set;
                    } else if (!subset(first, set) || !subset(set, first)) {
                        return false;
                    }
                }
                return true;
            };
        });
        r.add("setIntersection", (arg, c) -> {
            List<Expression> operands = Args.operands("$setIntersection", arg, c);
            return scope -> {
                List<Object> out = null;
                for (Object v : Values.evaluateAll(operands, scope)) {
                    if (Values.nullish(v)) {
                        return null;
                    }
                    List<?> set = Values.array(v, "All operands of $setIntersection must be arrays. One argument is"
                            + " of type: ");
                    List<Object> next = new ArrayList<>();
                    for (Object e : out == null ? set : out) {
                        if ((out == null || contains(set, e)) && !contains(next, e)) {
                            next.add(e);
                        }
                    }
                    out = next;
                }
                return out == null ? new ArrayList<>() : out;
            };
        });
        r.add("setIsSubset", (arg, c) -> {
            List<Expression> operands = Args.operands("$setIsSubset", arg, c, 2, 2);
            return scope -> subset(
                    Values.array(operands.get(0).evaluate(scope), "both operands of $setIsSubset must be arrays."
                            + " First argument is of type: "),
                    Values.array(operands.get(1).evaluate(scope), "both operands of $setIsSubset must be arrays."
                            + " Second argument is of type: "));
        });
        r.add("setUnion", (arg, c) -> {
            List<Expression> operands = Args.operands("$setUnion", arg, c);
            return scope -> {
                List<Object> out = new ArrayList<>();
                for (Object v : Values.evaluateAll(operands, scope)) {
                    if (Values.nullish(v)) {
                        return null;
                    }
                    for (Object e : Values.array(v, "All operands of $setUnion must be arrays. One argument is of"
                            + " type: ")) {
                        if (!contains(out, e)) {
                            out.add(e);
                        }
                    }
                }
                return out;
            };
        });
    }

    private static Expression elements(String op, Object arg, ExpressionCompiler c, boolean all) {
        Expression operand = Args.single(op, arg, c);
        return scope -> {
            for (Object e : Values.array(operand.evaluate(scope), op + "'s argument must be an array, but is ")) {
                if (Values.truthy(e) != all) {
                    return !all;
                }
            }
            return all;
        };
    }

    static boolean contains(List<?> set, Object element) {
        for (Object e : set) {
            if (Values.equal(e, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean subset(List<?> small, List<?> big) {
        for (Object e : small) {
            if (!contains(big, e)) {
                return false;
            }
        }
        return true;
    }
}
