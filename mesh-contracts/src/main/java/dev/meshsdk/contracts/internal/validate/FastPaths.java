package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.internal.regex.Chain;
import dev.meshsdk.contracts.internal.regex.Regex;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Compiles a validator's check tree into one class of straight-line bytecode, defined as a JDK
 * hidden class: its {@link FastTest#test} is the validator's fast path.
 *
 * <p>Why: the check tree is a handful of classes shared by every property of every contract, so
 * each of their call sites (a property read, a nested check) sees many receivers and the JIT can
 * neither inline nor specialise them. In the generated class every property read and every check
 * has a call site of its own, and every accessor handle, pattern, format and nested check is a
 * {@code static final} constant, which the JIT folds and inlines. The checks stay the tree's own
 * code: string lengths, patterns, formats, allowed values, array counts and items, and the
 * properties of typed and map objects are emitted inline; number, temporal, boolean and JSON checks
 * are called on their (constant) check object. Reporting violations still walks the tree, so the
 * generated class only ever answers whether a record is valid.
 *
 * <p>Each check node of the tree becomes a {@code private static boolean cN(Object)} method; the
 * constants reach the class as its class data ({@link MethodHandles#classData}). A hidden class is
 * unloaded with its validator.
 */
final class FastPaths {
  /** The system property that turns generation off: {@code -Dmeshsdk.validator.codegen=false}. */
  static final String PROPERTY = "meshsdk.validator.codegen";

  private static final System.Logger LOG = System.getLogger(FastPaths.class.getName());
  private static final AtomicBoolean WARNED = new AtomicBoolean();
  private static final String OBJECT = "java/lang/Object";
  private static final String OBJECT_DESC = "Ljava/lang/Object;";
  private static final String TEST_DESC = "(Ljava/lang/Object;)Z";
  private static final String HANDLE = Type.getInternalName(MethodHandle.class);
  private static final String MAP = "java/util/Map";
  private static final String NAME =
      Type.getInternalName(FastPaths.class).replace("FastPaths", "GeneratedFastTest");

  private final ClassWriter writer;
  private final List<Object> constants = new ArrayList<>();
  private final List<String> constantTypes = new ArrayList<>();
  private final Map<Object, Integer> constantIndex = new IdentityHashMap<>();
  private final Map<Check, Integer> methodIndex = new IdentityHashMap<>();
  private final ArrayDeque<Check> pending = new ArrayDeque<>();
  private final List<Chain> chains = new ArrayList<>();
  private final ArrayDeque<Part> parts = new ArrayDeque<>();

  /**
   * The most properties of one object checked in one generated method; a wider object is split into
   * parts, so that no method nears the JVM's 64 KB limit on a method's code.
   */
  static final int FIELDS_PER_METHOD = 200;

  private final int fieldsPerMethod;

  /** A method that emits itself once the method being written is done. */
  private interface Part {
    void emit() throws NotGenerated;
  }

  /** Why generation stopped for this tree; it then falls back to the tree. */
  private static final class NotGenerated extends Exception {
    private static final long serialVersionUID = 1L;

    NotGenerated(String reason) {
      super(reason, null, false, false);
    }
  }

  private FastPaths(int fieldsPerMethod) {
    this.fieldsPerMethod = fieldsPerMethod;
    this.writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
          @Override
          protected String getCommonSuperClass(String type1, String type2) {
            // Frames merge only locals that are dead or of one type at the merge; no class loading.
            return OBJECT;
          }
        };
  }

  /**
   * Whether generation is on: unless the {@value #PROPERTY} system property says {@code false}.
   *
   * @return true if validators get generated classes
   */
  static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
  }

  /**
   * The fast path for a check tree: a generated class when generation is on and succeeds, else the
   * tree itself.
   *
   * @param root the compiled root check
   * @param what the validator, for the warning when generation fails
   * @return the fast path
   */
  static FastTest of(Check root, String what) {
    return of(root, what, FIELDS_PER_METHOD);
  }

  /**
   * The fast path, with objects split into methods of at most {@code fieldsPerMethod} properties.
   *
   * @param root the compiled root check
   * @param what the validator, for the warning when generation fails
   * @param fieldsPerMethod the most properties per generated method
   * @return the fast path
   */
  static FastTest of(Check root, String what, int fieldsPerMethod) {
    if (!enabled()) {
      return root::test;
    }
    try {
      return new FastPaths(fieldsPerMethod).generate(root);
    } catch (NotGenerated e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> what + ": validating without generated code: " + e.getMessage());
      return root::test;
    } catch (MethodTooLargeException | ClassTooLargeException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> what + ": validating without generated code, the contract is too large: " + e);
      return root::test;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // A runtime without hidden classes (a native image) lands here for every validator: warn
      // once.
      LOG.log(
          WARNED.compareAndSet(false, true)
              ? System.Logger.Level.WARNING
              : System.Logger.Level.DEBUG,
          () ->
              what
                  + ": validating without generated code, which is slower but checks the same"
                  + " (set -D"
                  + PROPERTY
                  + "=false to say so; if this runtime has hidden classes, please report): "
                  + e);
      return root::test;
    }
  }

  /**
   * Whether a fast path runs generated code.
   *
   * @param test the fast path
   * @return true if it is a generated class
   */
  static boolean isGenerated(FastTest test) {
    return test.getClass().isHidden()
        && test.getClass().getName().startsWith(NAME.replace('/', '.'));
  }

  private FastTest generate(Check root) throws NotGenerated, ReflectiveOperationException {
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
        NAME,
        null,
        OBJECT,
        new String[] {Type.getInternalName(FastTest.class)});
    int rootMethod = method(root);
    while (!pending.isEmpty() || !parts.isEmpty()) {
      if (!parts.isEmpty()) {
        parts.poll().emit();
      } else {
        Check c = pending.poll();
        body(c, methodIndex.get(c));
      }
    }
    for (int i = 0; i < chains.size(); i++) {
      chain(chains.get(i), i);
    }
    constructor();
    testMethod(rootMethod);
    staticInit();
    writer.visitEnd();
    byte[] bytes = writer.toByteArray();
    MethodHandles.Lookup hidden =
        MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(constants), true);
    try {
      return (FastTest)
          hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (ReflectiveOperationException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- class scaffolding ----

  private void constructor() {
    MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    mv.visitCode();
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private void testMethod(int rootMethod) {
    MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PUBLIC, "test", TEST_DESC, null, null);
    mv.visitCode();
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "c" + rootMethod, TEST_DESC, false);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code <clinit>}: each constant from the class data into its {@code static final} field. */
  private void staticInit() {
    MethodVisitor mv = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    String handles = Type.getInternalName(MethodHandles.class);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        handles,
        "lookup",
        "()" + Type.getDescriptor(MethodHandles.Lookup.class),
        false);
    mv.visitLdcInsn("_");
    mv.visitLdcInsn(Type.getType(List.class));
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        handles,
        "classData",
        "("
            + Type.getDescriptor(MethodHandles.Lookup.class)
            + "Ljava/lang/String;Ljava/lang/Class;)"
            + OBJECT_DESC,
        false);
    mv.visitTypeInsn(Opcodes.CHECKCAST, "java/util/List");
    mv.visitVarInsn(Opcodes.ASTORE, 0);
    for (int i = 0; i < constants.size(); i++) {
      String desc = constantTypes.get(i);
      writer
          .visitField(
              Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
              "k" + i,
              desc,
              null,
              null)
          .visitEnd();
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      push(mv, i);
      mv.visitMethodInsn(
          Opcodes.INVOKEINTERFACE, "java/util/List", "get", "(I)" + OBJECT_DESC, true);
      mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getType(desc).getInternalName());
      mv.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "k" + i, desc);
    }
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** Registers a constant (once per object) and returns its field index. */
  private int constant(Object value, Class<?> type) {
    Integer known = constantIndex.get(value);
    if (known != null) {
      return known;
    }
    int i = constants.size();
    constants.add(value);
    constantTypes.add(Type.getDescriptor(type));
    constantIndex.put(value, i);
    return i;
  }

  private void getConstant(MethodVisitor mv, int index) {
    mv.visitFieldInsn(Opcodes.GETSTATIC, NAME, "k" + index, constantTypes.get(index));
  }

  private static void push(MethodVisitor mv, int value) {
    if (value >= -1 && value <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.SIPUSH, value);
    } else {
      mv.visitLdcInsn(value);
    }
  }

  /** The index of the method generated for a check, queued for generation on first use. */
  private int method(Check c) {
    Integer known = methodIndex.get(c);
    if (known != null) {
      return known;
    }
    int i = methodIndex.size();
    methodIndex.put(c, i);
    pending.add(c);
    return i;
  }

  private static boolean ownMethod(Check c) {
    return c instanceof TypedObjectCheck
        || c instanceof MapObjectCheck
        || c instanceof StringCheck
        || c instanceof ArrayCheck;
  }

  /**
   * Emits a test of the value in a local: leaves a boolean on the stack. Structural checks and
   * strings get a method of their own; the others are called on their constant check object.
   */
  private void callCheck(MethodVisitor mv, Check c, int local) {
    if (ownMethod(c)) {
      mv.visitVarInsn(Opcodes.ALOAD, local);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, "c" + method(c), TEST_DESC, false);
      return;
    }
    getConstant(mv, constant(c, c.getClass()));
    mv.visitVarInsn(Opcodes.ALOAD, local);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL, Type.getInternalName(c.getClass()), "test", TEST_DESC, false);
  }

  // ---- check bodies; every body's value is local 0 ----

  private void body(Check c, int index) throws NotGenerated {
    MethodVisitor mv =
        writer.visitMethod(
            Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "c" + index, TEST_DESC, null, null);
    mv.visitCode();
    Label fail = new Label();
    if (c instanceof TypedObjectCheck t) {
      typedObject(mv, t, "c" + index, fail);
    } else if (c instanceof MapObjectCheck m) {
      mapObject(mv, m, "c" + index, fail);
    } else if (c instanceof StringCheck s) {
      string(mv, s, fail);
    } else if (c instanceof ArrayCheck a) {
      array(mv, a, fail);
    } else {
      throw new NotGenerated("no method for " + c.getClass().getSimpleName());
    }
    endTest(mv, fail);
  }

  private void typedObject(MethodVisitor mv, TypedObjectCheck t, String name, Label fail)
      throws NotGenerated {
    getConstant(mv, constant(t.type, Class.class));
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL, "java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", false);
    mv.visitJumpInsn(Opcodes.IFEQ, fail);
    int n = t.fields.length;
    if (n <= fieldsPerMethod) {
      typedFields(mv, t, 0, n, fail);
      return;
    }
    for (int from = 0; from < n; from += fieldsPerMethod) {
      int start = from;
      int end = Math.min(n, from + fieldsPerMethod);
      String part = name + "_" + from / fieldsPerMethod;
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, part, TEST_DESC, false);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
      parts.add(
          () -> {
            MethodVisitor pv =
                writer.visitMethod(
                    Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, part, TEST_DESC, null, null);
            pv.visitCode();
            Label partFail = new Label();
            typedFields(pv, t, start, end, partFail);
            endTest(pv, partFail);
          });
    }
  }

  /** Emits {@code return true}, then the {@code fail} label with {@code return false}. */
  private static void endTest(MethodVisitor mv, Label fail) {
    mv.visitInsn(Opcodes.ICONST_1);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitLabel(fail);
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** The checks of fields {@code from} to {@code to} of a typed object in local 0. */
  private void typedFields(MethodVisitor mv, TypedObjectCheck t, int from, int to, Label fail)
      throws NotGenerated {
    int local = 1;
    for (int i = from; i < to; i++) {
      TypedObjectCheck.Field f = t.fields[i];
      if (f instanceof TypedObjectCheck.FixedField fixed) {
        if (fixed.undeclared) {
          mv.visitJumpInsn(Opcodes.GOTO, fail);
          return;
        }
        continue;
      }
      MethodHandle handle = f.handle;
      if (handle == null) {
        throw new NotGenerated("no accessor handle for " + t.type.getName() + "." + f.name);
      }
      if (f instanceof TypedObjectCheck.RefField ref) {
        refField(mv, ref, handle, local++, fail);
      } else if (f instanceof TypedObjectCheck.LongField l) {
        primitiveField(mv, handle, l.check, l.undeclared, Type.LONG_TYPE, local, fail);
        local += 2;
      } else if (f instanceof TypedObjectCheck.DoubleField d) {
        primitiveField(mv, handle, d.check, d.undeclared, Type.DOUBLE_TYPE, local, fail);
      } else {
        throw new NotGenerated("unknown field kind " + f.getClass().getSimpleName());
      }
    }
  }

  private void refField(
      MethodVisitor mv, TypedObjectCheck.RefField f, MethodHandle handle, int local, Label fail) {
    getConstant(mv, constant(handle, MethodHandle.class));
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL, HANDLE, "invokeExact", "(" + OBJECT_DESC + ")" + OBJECT_DESC, false);
    // An Optional is unwrapped; the JIT drops this test where the accessor's type rules it out.
    Label plain = new Label();
    mv.visitInsn(Opcodes.DUP);
    mv.visitTypeInsn(Opcodes.INSTANCEOF, "java/util/Optional");
    mv.visitJumpInsn(Opcodes.IFEQ, plain);
    mv.visitTypeInsn(Opcodes.CHECKCAST, "java/util/Optional");
    mv.visitInsn(Opcodes.ACONST_NULL);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL,
        Type.getInternalName(Optional.class),
        "orElse",
        "(" + OBJECT_DESC + ")" + OBJECT_DESC,
        false);
    mv.visitLabel(plain);
    mv.visitVarInsn(Opcodes.ASTORE, local);
    Label present = new Label();
    Label next = new Label();
    mv.visitVarInsn(Opcodes.ALOAD, local);
    mv.visitJumpInsn(Opcodes.IFNONNULL, present);
    mv.visitJumpInsn(Opcodes.GOTO, f.required ? fail : next);
    mv.visitLabel(present);
    if (f.undeclared) {
      mv.visitJumpInsn(Opcodes.GOTO, fail);
    } else if (f.check != null) {
      callCheck(mv, f.check, local);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    mv.visitLabel(next);
  }

  private void primitiveField(
      MethodVisitor mv,
      MethodHandle handle,
      @Nullable NumberCheck check,
      boolean undeclared,
      Type kind,
      int local,
      Label fail) {
    if (undeclared) {
      mv.visitJumpInsn(Opcodes.GOTO, fail);
      return;
    }
    if (check == null) {
      return;
    }
    boolean inline = kind != Type.DOUBLE_TYPE && inlinable(check);
    if (!inline) {
      getConstant(mv, constant(check, NumberCheck.class));
    }
    // the property, as a long or a double
    getConstant(mv, constant(handle, MethodHandle.class));
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(
        Opcodes.INVOKEVIRTUAL,
        HANDLE,
        "invokeExact",
        "(" + OBJECT_DESC + ")" + kind.getDescriptor(),
        false);
    if (inline) {
      mv.visitVarInsn(Opcodes.LSTORE, local);
      longBounds(mv, check, local, fail);
      return;
    }
    String numbers = Type.getInternalName(NumberCheck.class);
    if (kind == Type.DOUBLE_TYPE) {
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, numbers, "testDouble", "(D)Z", false);
    } else {
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, numbers, "testLong", "(J)Z", false);
    }
    mv.visitJumpInsn(Opcodes.IFEQ, fail);
  }

  /**
   * Whether {@link NumberCheck#testLong} is all long comparisons, which are then emitted inline.
   */
  private static boolean inlinable(NumberCheck check) {
    for (NumberCheck.Bound b : check.bounds) {
      if (!b.isLong) {
        return false;
      }
    }
    return check.multipleOf == null || check.multipleOfLong != 0;
  }

  /** {@link NumberCheck#testLong} on the long in a local, as comparisons with constants. */
  private static void longBounds(MethodVisitor mv, NumberCheck check, int local, Label fail) {
    if (check.formatMinLong != Long.MIN_VALUE) {
      compare(mv, local, check.formatMinLong, Opcodes.IFLT, fail);
    }
    if (check.formatMaxLong != Long.MAX_VALUE) {
      compare(mv, local, check.formatMaxLong, Opcodes.IFGT, fail);
    }
    for (NumberCheck.Bound b : check.bounds) {
      int failIf;
      if (b.lower) {
        failIf = b.exclusive ? Opcodes.IFLE : Opcodes.IFLT;
      } else {
        failIf = b.exclusive ? Opcodes.IFGE : Opcodes.IFGT;
      }
      compare(mv, local, b.asLong, failIf, fail);
    }
    if (check.multipleOf != null) {
      mv.visitVarInsn(Opcodes.LLOAD, local);
      mv.visitLdcInsn(check.multipleOfLong);
      mv.visitInsn(Opcodes.LREM);
      mv.visitInsn(Opcodes.LCONST_0);
      mv.visitInsn(Opcodes.LCMP);
      mv.visitJumpInsn(Opcodes.IFNE, fail);
    }
  }

  /** Jumps to {@code fail} if {@code Long.compare(local, value)} meets {@code failIf}. */
  private static void compare(MethodVisitor mv, int local, long value, int failIf, Label fail) {
    mv.visitVarInsn(Opcodes.LLOAD, local);
    mv.visitLdcInsn(value);
    mv.visitInsn(Opcodes.LCMP);
    mv.visitJumpInsn(failIf, fail);
  }

  private void mapObject(MethodVisitor mv, MapObjectCheck m, String name, Label fail) {
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.INSTANCEOF, MAP);
    mv.visitJumpInsn(Opcodes.IFEQ, fail);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.CHECKCAST, MAP);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    boolean count = !m.allowUndeclared;
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitVarInsn(Opcodes.ISTORE, 2);
    int n = m.names.length;
    if (n <= fieldsPerMethod) {
      mapFields(mv, m, 0, n, fail);
    } else {
      // parts return how many declared keys they found, or -1 if a property failed
      String desc = "(L" + MAP + ";)I";
      for (int from = 0; from < n; from += fieldsPerMethod) {
        int start = from;
        int end = Math.min(n, from + fieldsPerMethod);
        String part = name + "_" + from / fieldsPerMethod;
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, NAME, part, desc, false);
        mv.visitVarInsn(Opcodes.ISTORE, 3);
        mv.visitVarInsn(Opcodes.ILOAD, 3);
        mv.visitJumpInsn(Opcodes.IFLT, fail);
        mv.visitVarInsn(Opcodes.ILOAD, 2);
        mv.visitVarInsn(Opcodes.ILOAD, 3);
        mv.visitInsn(Opcodes.IADD);
        mv.visitVarInsn(Opcodes.ISTORE, 2);
        parts.add(
            () -> {
              MethodVisitor pv =
                  writer.visitMethod(
                      Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, part, desc, null, null);
              pv.visitCode();
              pv.visitVarInsn(Opcodes.ALOAD, 0);
              pv.visitVarInsn(Opcodes.ASTORE, 1);
              pv.visitInsn(Opcodes.ICONST_0);
              pv.visitVarInsn(Opcodes.ISTORE, 2);
              Label partFail = new Label();
              mapFields(pv, m, start, end, partFail);
              pv.visitVarInsn(Opcodes.ILOAD, 2);
              pv.visitInsn(Opcodes.IRETURN);
              pv.visitLabel(partFail);
              pv.visitInsn(Opcodes.ICONST_M1);
              pv.visitInsn(Opcodes.IRETURN);
              pv.visitMaxs(0, 0);
              pv.visitEnd();
            });
      }
    }
    if (count) {
      mv.visitVarInsn(Opcodes.ILOAD, 2);
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, MAP, "size", "()I", true);
      mv.visitJumpInsn(Opcodes.IF_ICMPNE, fail);
    }
  }

  /**
   * The checks of properties {@code from} to {@code to} of the map in local 1, counting the
   * declared keys present in local 2 (when undeclared keys are refused).
   */
  private void mapFields(MethodVisitor mv, MapObjectCheck m, int from, int to, Label fail) {
    boolean count = !m.allowUndeclared;
    for (int i = from; i < to; i++) {
      String name = m.names[i];
      Check check = m.checks[i];
      Label present = new Label();
      Label next = new Label();
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      getConstant(
          mv, constant(name, String.class)); // the contract's own String, as the tree looks it up
      mv.visitMethodInsn(
          Opcodes.INVOKEINTERFACE, MAP, "get", "(" + OBJECT_DESC + ")" + OBJECT_DESC, true);
      mv.visitVarInsn(Opcodes.ASTORE, 3);
      mv.visitVarInsn(Opcodes.ALOAD, 3);
      mv.visitJumpInsn(Opcodes.IFNONNULL, present);
      if (m.required[i]) {
        mv.visitJumpInsn(Opcodes.GOTO, fail);
      } else if (count) {
        // a key with a null value is present too
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        getConstant(mv, constant(name, String.class));
        mv.visitMethodInsn(
            Opcodes.INVOKEINTERFACE, MAP, "containsKey", "(" + OBJECT_DESC + ")Z", true);
        mv.visitJumpInsn(Opcodes.IFEQ, next);
        mv.visitIincInsn(2, 1);
        mv.visitJumpInsn(Opcodes.GOTO, next);
      } else {
        mv.visitJumpInsn(Opcodes.GOTO, next);
      }
      mv.visitLabel(present);
      if (count) {
        mv.visitIincInsn(2, 1);
      }
      if (check != null) {
        callCheck(mv, check, 3);
        mv.visitJumpInsn(Opcodes.IFEQ, fail);
      }
      mv.visitLabel(next);
    }
  }

  private void string(MethodVisitor mv, StringCheck s, Label fail) {
    String string = "java/lang/String";
    Label slow = new Label();
    Label text = new Label();
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.INSTANCEOF, string);
    mv.visitJumpInsn(Opcodes.IFEQ, slow);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.CHECKCAST, string);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    mv.visitJumpInsn(Opcodes.GOTO, text);
    mv.visitLabel(slow);
    // enums, other char sequences and characters, as the check itself reads them
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        Type.getInternalName(StringCheck.class),
        "text",
        "(" + OBJECT_DESC + ")Ljava/lang/String;",
        false);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitJumpInsn(Opcodes.IFNULL, fail);
    mv.visitLabel(text);
    if (s.minLength > 0 || s.maxLength >= 0) {
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      push(mv, s.minLength);
      push(mv, s.maxLength);
      mv.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          Type.getInternalName(StringCheck.class),
          "lengthOk",
          "(Ljava/lang/String;II)Z",
          false);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    for (StringCheck.PatternRule p : s.patterns) {
      Optional<Chain> chain = Chain.of(p.regex());
      if (chain.isPresent()) {
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC, NAME, "p" + chains.size(), "(Ljava/lang/String;)Z", false);
        chains.add(chain.get());
        mv.visitJumpInsn(Opcodes.IFEQ, fail);
        continue;
      }
      getConstant(mv, constant(p.regex(), Regex.class));
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitMethodInsn(
          Opcodes.INVOKEVIRTUAL,
          Type.getInternalName(Regex.class),
          "matches",
          "(Ljava/lang/CharSequence;)Z",
          false);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    Predicate<String> format = s.format;
    if (format != null) {
      getConstant(mv, constant(format, Predicate.class));
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitMethodInsn(
          Opcodes.INVOKEINTERFACE, Type.getInternalName(Predicate.class), "test", TEST_DESC, true);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    Set<String> allowed = s.allowed;
    if (allowed != null) {
      getConstant(mv, constant(allowed, Set.class));
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/Set", "contains", TEST_DESC, true);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    if (s.notBlank) {
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, string, "isBlank", "()Z", false);
      mv.visitJumpInsn(Opcodes.IFNE, fail);
    }
  }

  /**
   * {@code private static boolean pN(String)}: a chain-shaped pattern as comparisons of each
   * position's character with constants, what {@link Chain#matches} does.
   */
  private void chain(Chain chain, int index) {
    MethodVisitor mv =
        writer.visitMethod(
            Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC,
            "p" + index,
            "(Ljava/lang/String;)Z",
            null,
            null);
    mv.visitCode();
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
    mv.visitVarInsn(Opcodes.ISTORE, 1);
    Label fail = new Label();
    for (int i = 0; i < chain.steps(); i++) {
      Label more = new Label();
      mv.visitVarInsn(Opcodes.ILOAD, 1);
      push(mv, i);
      mv.visitJumpInsn(Opcodes.IF_ICMPNE, more);
      push(mv, chain.acceptsAt(i) ? 1 : 0);
      mv.visitInsn(Opcodes.IRETURN);
      mv.visitLabel(more);
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      push(mv, i);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
      mv.visitVarInsn(Opcodes.ISTORE, 2);
      Label ok = new Label();
      int[] ranges = chain.ranges(i);
      for (int r = 0; r < ranges.length; r += 2) {
        int lo = ranges[r];
        int hi = ranges[r + 1];
        if (lo == hi) {
          mv.visitVarInsn(Opcodes.ILOAD, 2);
          push(mv, lo);
          mv.visitJumpInsn(Opcodes.IF_ICMPEQ, ok);
        } else {
          Label next = new Label();
          if (lo > 0) {
            mv.visitVarInsn(Opcodes.ILOAD, 2);
            push(mv, lo);
            mv.visitJumpInsn(Opcodes.IF_ICMPLT, next);
          }
          mv.visitVarInsn(Opcodes.ILOAD, 2);
          push(mv, hi);
          mv.visitJumpInsn(Opcodes.IF_ICMPLE, ok);
          mv.visitLabel(next);
        }
      }
      mv.visitJumpInsn(Opcodes.GOTO, fail);
      mv.visitLabel(ok);
    }
    if (chain.openEnd()) {
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitInsn(Opcodes.IRETURN);
    } else if (chain.acceptsAt(chain.steps())) {
      mv.visitVarInsn(Opcodes.ILOAD, 1);
      push(mv, chain.steps());
      mv.visitJumpInsn(Opcodes.IF_ICMPNE, fail);
      mv.visitInsn(Opcodes.ICONST_1);
      mv.visitInsn(Opcodes.IRETURN);
    }
    mv.visitLabel(fail);
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitInsn(Opcodes.IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private void array(MethodVisitor mv, ArrayCheck a, Label fail) {
    String list = "java/util/List";
    String arrays = Type.getInternalName(ArrayCheck.class);
    if (a.items instanceof JsonLikeCheck) {
      // Untyped items share one walk and its budget: the check's own code.
      getConstant(mv, constant(a, ArrayCheck.class));
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, arrays, "test", TEST_DESC, false);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
      return;
    }
    Label slow = new Label();
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.INSTANCEOF, list);
    mv.visitJumpInsn(Opcodes.IFEQ, slow);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.INSTANCEOF, Type.getInternalName(RandomAccess.class));
    mv.visitJumpInsn(Opcodes.IFEQ, slow);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitTypeInsn(Opcodes.CHECKCAST, list);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, list, "size", "()I", true);
    mv.visitVarInsn(Opcodes.ISTORE, 2);
    if (a.minItems > 0) {
      mv.visitVarInsn(Opcodes.ILOAD, 2);
      push(mv, a.minItems);
      mv.visitJumpInsn(Opcodes.IF_ICMPLT, fail);
    }
    if (a.maxItems >= 0) {
      mv.visitVarInsn(Opcodes.ILOAD, 2);
      push(mv, a.maxItems);
      mv.visitJumpInsn(Opcodes.IF_ICMPGT, fail);
    }
    Check items = a.items;
    if (items != null || a.itemsRequired) {
      Label loop = new Label();
      Label done = new Label();
      Label present = new Label();
      Label step = new Label();
      mv.visitInsn(Opcodes.ICONST_0);
      mv.visitVarInsn(Opcodes.ISTORE, 3);
      mv.visitLabel(loop);
      mv.visitVarInsn(Opcodes.ILOAD, 3);
      mv.visitVarInsn(Opcodes.ILOAD, 2);
      mv.visitJumpInsn(Opcodes.IF_ICMPGE, done);
      mv.visitVarInsn(Opcodes.ALOAD, 1);
      mv.visitVarInsn(Opcodes.ILOAD, 3);
      mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, list, "get", "(I)" + OBJECT_DESC, true);
      mv.visitVarInsn(Opcodes.ASTORE, 4);
      mv.visitVarInsn(Opcodes.ALOAD, 4);
      mv.visitJumpInsn(Opcodes.IFNONNULL, present);
      mv.visitJumpInsn(Opcodes.GOTO, a.itemsRequired ? fail : step);
      mv.visitLabel(present);
      if (items != null) {
        callCheck(mv, items, 4);
        mv.visitJumpInsn(Opcodes.IFEQ, fail);
      }
      mv.visitLabel(step);
      mv.visitIincInsn(3, 1);
      mv.visitJumpInsn(Opcodes.GOTO, loop);
      mv.visitLabel(done);
    }
    if (a.uniqueItems) {
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, arrays, "unique", TEST_DESC, false);
      mv.visitJumpInsn(Opcodes.IFEQ, fail);
    }
    Label end = new Label();
    mv.visitJumpInsn(Opcodes.GOTO, end);
    // other collections and Java arrays: the check's own loop
    mv.visitLabel(slow);
    getConstant(mv, constant(a, ArrayCheck.class));
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, arrays, "test", TEST_DESC, false);
    mv.visitJumpInsn(Opcodes.IFEQ, fail);
    mv.visitLabel(end);
  }
}
