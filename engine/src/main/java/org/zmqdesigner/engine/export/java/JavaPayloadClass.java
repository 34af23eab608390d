package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.LOCALE;
import static org.zmqdesigner.engine.export.java.JavaTypes.RANDOM;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The exported program's {@code Payload}: the designer's payload templates
 * ({@link org.zmqdesigner.engine.model.PayloadTemplate}) rendered the same way, so that a template
 * travels into the code as the text the user wrote (an escaped string literal) and means there
 * what it meant in the designer. Only integer formats are taken, as in the designer.
 */
final class JavaPayloadClass {
    private JavaPayloadClass() {
    }

    private static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");

    static JavaFile file(String pkg) {
        TypeSpec type = TypeSpec.classBuilder(JavaNames.PAYLOAD)
                .addJavadoc("Payload templates, as the designer writes them: {seq} (the message's number, from 1),"
                        + " {rand:MIN..MAX} with an optional integer format ({rand:0..99999:%05d}), {cycle:A|B}"
                        + " (the choices in turn), {pick:A|B|C} (one at random), {payload} (of the message being"
                        + " answered), {node}, {time}; {{ and }} are literal braces.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(PATTERN, "INTEGER_FORMAT", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.compile($S)", PATTERN, "%(?:[-0]?[1-9][0-9]{0,2})?d").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(render())
                .addMethod(placeholder())
                .addMethod(format())
                .addMethod(between())
                .build();
        return JavaFile.builder(pkg, type).indent("    ").skipJavaLangImports(true).build();
    }

    private static MethodSpec render() {
        return MethodSpec.methodBuilder("render").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The text of message number {@code seq} made from {@code template}; {@code payload} is"
                        + " the message being answered or passed on (null when there is none).\n")
                .returns(String.class)
                .addParameter(String.class, "template").addParameter(TypeName.LONG, "seq")
                .addParameter(String.class, "payload").addParameter(String.class, "node")
                .addParameter(RANDOM, "random")
                .addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
                .addStatement("int i = 0")
                .beginControlFlow("while (i < template.length())")
                .addStatement("char c = template.charAt(i)")
                .beginControlFlow("if ((c == '{' || c == '}') && i + 1 < template.length()"
                        + " && template.charAt(i + 1) == c)")
                .addStatement("out.append(c)")
                .addStatement("i += 2")
                .nextControlFlow("else if (c == '{')")
                .addStatement("int end = template.indexOf('}', i)")
                .beginControlFlow("if (end < 0)")
                .addStatement("throw new $T($S + template)", IllegalArgumentException.class,
                        "a placeholder that is never closed with } in ")
                .endControlFlow()
                .addStatement("out.append(placeholder(template.substring(i + 1, end), seq, payload, node, random))")
                .addStatement("i = end + 1")
                .nextControlFlow("else if (c == '}')")
                .addStatement("throw new $T($S + template)", IllegalArgumentException.class,
                        "a lone } (write }} for a brace) in ")
                .nextControlFlow("else")
                .addStatement("out.append(c)")
                .addStatement("i++")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.toString()")
                .build();
    }

    private static MethodSpec placeholder() {
        return MethodSpec.methodBuilder("placeholder").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "body").addParameter(TypeName.LONG, "seq")
                .addParameter(String.class, "payload").addParameter(String.class, "node")
                .addParameter(RANDOM, "random")
                .addStatement("int colon = body.indexOf(':')")
                .addStatement("String name = colon < 0 ? body : body.substring(0, colon)")
                .addStatement("String argument = colon < 0 ? $S : body.substring(colon + 1)", "")
                .beginControlFlow("switch (name)")
                .beginControlFlow("case $S ->", "seq")
                .addStatement("return format(argument, seq)")
                .endControlFlow()
                .beginControlFlow("case $S ->", "rand")
                .addStatement("String[] parts = argument.split($S, -1)", ":")
                .addStatement("String[] range = parts[0].split($S, -1)", "\\.\\.")
                .addStatement("long min = Long.parseLong(range[0].trim())")
                .addStatement("long max = Long.parseLong(range[range.length - 1].trim())")
                .addStatement("return format(parts.length > 1 ? parts[1] : $S, between(min, max, random))", "")
                .endControlFlow()
                .beginControlFlow("case $S ->", "cycle")
                .addStatement("String[] choices = argument.split($S, -1)", "\\|")
                .addStatement("return choices[(int) Math.floorMod(seq - 1, (long) choices.length)]")
                .endControlFlow()
                .beginControlFlow("case $S ->", "pick")
                .addStatement("String[] choices = argument.split($S, -1)", "\\|")
                .addStatement("return choices[random.nextInt(choices.length)]")
                .endControlFlow()
                .beginControlFlow("case $S ->", "payload")
                .addStatement("return payload == null ? $S : payload", "")
                .endControlFlow()
                .beginControlFlow("case $S ->", "node")
                .addStatement("return node")
                .endControlFlow()
                .beginControlFlow("case $S ->", "time")
                .addStatement("return Long.toString(System.currentTimeMillis())")
                .endControlFlow()
                .beginControlFlow("default ->")
                .addStatement("throw new $T($S + body + $S)", IllegalArgumentException.class, "{",
                        "} is not a placeholder")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static MethodSpec format() {
        return MethodSpec.methodBuilder("format").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A number as the template formats it; only integer formats such as %05d.\n")
                .returns(String.class)
                .addParameter(String.class, "format").addParameter(TypeName.LONG, "value")
                .beginControlFlow("if (format.isEmpty())")
                .addStatement("return Long.toString(value)")
                .endControlFlow()
                .beginControlFlow("if (!INTEGER_FORMAT.matcher(format).matches())")
                .addStatement("throw new $T($S + format)", IllegalArgumentException.class,
                        "not an integer format: ")
                .endControlFlow()
                .addStatement("return String.format($T.ROOT, format, value)", LOCALE)
                .build();
    }

    private static MethodSpec between() {
        return MethodSpec.methodBuilder("between").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("A uniformly random number from min to max, both included.\n")
                .returns(TypeName.LONG)
                .addParameter(TypeName.LONG, "min").addParameter(TypeName.LONG, "max")
                .addParameter(RANDOM, "random")
                .beginControlFlow("if (min > max)")
                .addStatement("throw new $T($S + min + $S + max)", IllegalArgumentException.class, "the range ",
                        " to ")
                .endControlFlow()
                .addStatement("long span = max - min + 1")
                .beginControlFlow("if (span > 0)")
                .addStatement("return min + random.nextLong(span)")
                .endControlFlow()
                .addComment("A range wider than the largest long: draw until a number falls inside")
                .beginControlFlow("while (true)")
                .addStatement("long value = random.nextLong()")
                .beginControlFlow("if (value >= min && value <= max)")
                .addStatement("return value")
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
