package io.github.readiness.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class files with real bytecode, deterministic from a seed: per class a constructor, 4-11 static methods of
 * 2-7 branching blocks (if/else with a string constant and calls, small switches; each statement on its own line,
 * about 25 bytes of class file per line) and a {@code run(int)} that
 * calls a seed-chosen subset of them. Every 7th class has a nested class compiled from the same source file whose
 * lines overlap the outer class's, as a lambda or an anonymous class would, so JaCoCo's line merging is exercised.
 */
final class ClassCorpus {
    /** Of every ten classes, this many are run by the "tests". */
    static final int RUN_OUT_OF_TEN = 8;

    private final long seed;

    ClassCorpus(long seed) {
        this.seed = seed;
    }

    /** One generated top-level class and the nested classes of its source file. */
    record GeneratedClass(String name, Map<String, byte[]> files, boolean run) {}

    List<GeneratedClass> generate(int count) {
        List<GeneratedClass> classes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            String name = "bench/p" + (i / 50) + "/C" + i;
            Map<String, byte[]> files = new LinkedHashMap<>();
            String nested = i % 7 == 3 ? name + "$Inner" : null;
            files.put(name, outerClass(name, nested, random));
            if (nested != null) {
                files.put(nested, nestedClass(nested, "C" + i + ".java", random));
            }
            classes.add(new GeneratedClass(name, files, random.nextInt(10) < RUN_OUT_OF_TEN));
        }
        return classes;
    }

    static void write(List<GeneratedClass> classes, Path classesDirectory) throws IOException {
        for (GeneratedClass generated : classes) {
            for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
                Path target = classesDirectory.resolve(file.getKey() + ".class");
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
    }

    private static byte[] outerClass(String name, String nested, Random random) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource(name.substring(name.lastIndexOf('/') + 1) + ".java", null);
        int[] line = {3};
        constructor(cw, line);
        int methods = 4 + random.nextInt(8);
        for (int m = 0; m < methods; m++) {
            line[0] += 2;
            method(cw, "m" + m, random, line);
        }
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(I)I", null, null);
        run.visitCode();
        run.visitInsn(Opcodes.ICONST_0);
        run.visitVarInsn(Opcodes.ISTORE, 1);
        for (int m = 0; m < methods; m++) {
            if (random.nextInt(3) > 0) {
                lineNumber(run, ++line[0]);
                run.visitVarInsn(Opcodes.ILOAD, 1);
                run.visitVarInsn(Opcodes.ILOAD, 0);
                run.visitIntInsn(Opcodes.BIPUSH, m);
                run.visitInsn(Opcodes.IADD);
                run.visitMethodInsn(Opcodes.INVOKESTATIC, name, "m" + m, "(I)I", false);
                run.visitInsn(Opcodes.IADD);
                run.visitVarInsn(Opcodes.ISTORE, 1);
            }
        }
        if (nested != null) {
            lineNumber(run, ++line[0]);
            run.visitVarInsn(Opcodes.ILOAD, 0);
            run.visitMethodInsn(Opcodes.INVOKESTATIC, nested, "h", "(I)I", false);
            run.visitInsn(Opcodes.POP);
        }
        lineNumber(run, ++line[0]);
        run.visitVarInsn(Opcodes.ILOAD, 1);
        run.visitInsn(Opcodes.IRETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A nested class whose code sits on lines 8 to 30 of the outer class's source file. */
    private static byte[] nestedClass(String name, String sourceFile, Random random) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource(sourceFile, null);
        int[] line = {8};
        method(cw, "h", random, line);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void constructor(ClassWriter cw, int[] line) {
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        lineNumber(init, line[0]);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    /** {@code static int name(int x)}: blocks of if/else or switch on x, then {@code return x}. */
    private static void method(ClassWriter cw, String name, Random random, int[] line) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, name, "(I)I", null, null);
        mv.visitCode();
        int blocks = 2 + random.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            if (random.nextInt(4) == 0) {
                switchBlock(mv, random, line);
            } else {
                ifBlock(mv, random, line);
            }
        }
        lineNumber(mv, ++line[0]);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code if (x > k) { x = x * a + b; } else { x = x - c; }} on three lines. */
    private static void ifBlock(MethodVisitor mv, Random random, int[] line) {
        Label otherwise = new Label();
        Label end = new Label();
        lineNumber(mv, ++line[0]);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitIntInsn(Opcodes.SIPUSH, random.nextInt(200) - 100);
        mv.visitJumpInsn(Opcodes.IF_ICMPLE, otherwise);
        lineNumber(mv, ++line[0]);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitIntInsn(Opcodes.BIPUSH, 1 + random.nextInt(5));
        mv.visitInsn(Opcodes.IMUL);
        mv.visitIntInsn(Opcodes.BIPUSH, random.nextInt(50));
        mv.visitInsn(Opcodes.IADD);
        mv.visitIntInsn(Opcodes.SIPUSH, 10_000);
        mv.visitInsn(Opcodes.IREM);
        // a message and a call on the same line, as real code has: constant pool and bytes without more lines
        mv.visitLdcInsn("value out of range in block " + line[0] + " (" + Long.toString(random.nextLong(), 36) + ")");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        mv.visitInsn(Opcodes.IADD);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Integer", "bitCount", "(I)I", false);
        mv.visitInsn(Opcodes.IXOR);
        mv.visitVarInsn(Opcodes.ISTORE, 0);
        mv.visitJumpInsn(Opcodes.GOTO, end);
        mv.visitLabel(otherwise);
        lineNumber(mv, ++line[0]);
        mv.visitIincInsn(0, -(1 + random.nextInt(30)));
        mv.visitLabel(end);
    }

    /** {@code switch (x & 3) { case 0: x++; break; case 1: x += k; break; default: x--; }}. */
    private static void switchBlock(MethodVisitor mv, Random random, int[] line) {
        Label zero = new Label();
        Label one = new Label();
        Label otherwise = new Label();
        Label end = new Label();
        lineNumber(mv, ++line[0]);
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitInsn(Opcodes.ICONST_3);
        mv.visitInsn(Opcodes.IAND);
        mv.visitTableSwitchInsn(0, 1, otherwise, zero, one);
        mv.visitLabel(zero);
        lineNumber(mv, ++line[0]);
        mv.visitIincInsn(0, 1);
        mv.visitJumpInsn(Opcodes.GOTO, end);
        mv.visitLabel(one);
        lineNumber(mv, ++line[0]);
        mv.visitIincInsn(0, 2 + random.nextInt(9));
        mv.visitJumpInsn(Opcodes.GOTO, end);
        mv.visitLabel(otherwise);
        lineNumber(mv, ++line[0]);
        mv.visitIincInsn(0, -1);
        mv.visitLabel(end);
    }

    private static void lineNumber(MethodVisitor mv, int line) {
        Label here = new Label();
        mv.visitLabel(here);
        mv.visitLineNumber(line, here);
    }
}
