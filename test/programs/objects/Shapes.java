/** Objects, fields, virtual and interface calls, arrays and type tests (test: ObjectCodeTest). */
public class Shapes {
    interface Shape {
        long area();

        default long scaled(int k) {
            return area() * k;
        }
    }

    interface Named {
        int code();
    }

    abstract static class Base implements Shape {
        final int id;
        long hits;

        Base(int id) {
            this.id = id;
        }

        int kind() {
            return 1;
        }
    }

    static final class Square extends Base implements Named {
        final int side;

        Square(int id, int side) {
            super(id);
            this.side = side;
        }

        @Override
        public long area() {
            hits++;
            return (long) side * side;
        }

        @Override
        public int code() {
            return 40 + side;
        }
    }

    static class Rect extends Base {
        final int w;
        final int h;

        Rect(int id, int w, int h) {
            super(id);
            this.w = w;
            this.h = h;
        }

        @Override
        public long area() {
            return (long) w * h;
        }

        @Override
        int kind() {
            return 2;
        }

        @Override
        public long scaled(int k) {
            return area() * k + 1;
        }
    }

    static class Cube extends Rect {
        final byte depth;
        boolean seen;
        char mark = 'c';
        short tiny = -7;
        double weight = 2.5;
        float ratio = 0.5f;

        Cube(int id, int side) {
            super(id, side, side);
            this.depth = (byte) side;
        }

        @Override
        public long area() {
            return super.area() * 6;
        }

        @Override
        int kind() {
            return super.kind() * 10;
        }
    }

    public static long tVirtualCalls() {
        Shape[] shapes = {new Square(1, 3), new Rect(2, 4, 5), new Cube(3, 2)};
        long sum = 0;
        for (Shape s : shapes) {
            sum = sum * 1000 + s.area() + s.scaled(3);
        }
        return sum;
    }

    public static int tKinds() {
        Base[] bases = new Base[4];
        bases[0] = new Square(7, 1);
        bases[1] = new Rect(8, 1, 1);
        bases[2] = new Cube(9, 1);
        bases[3] = new Rect(10, 2, 2);
        int r = 0;
        for (Base b : bases) {
            r = r * 100 + b.kind() + b.id;
        }
        return r;
    }

    public static int tTypeTests() {
        Object[] things = {new Square(1, 2), new Rect(2, 2, 3), new Cube(3, 4), new int[2], new Shape[1], null};
        int r = 0;
        for (Object o : things) {
            r = r * 3 + (o instanceof Shape ? 1 : 0) + (o instanceof Named ? 1 : 0);
            r = r * 2 + (o instanceof Rect ? 1 : 0);
            r = r * 2 + (o instanceof Object[] ? 1 : 0);
        }
        return r;
    }

    public static long tFieldsOfEveryKind() {
        Cube c = new Cube(5, 3);
        c.seen = true;
        c.hits = 1L << 40;
        c.weight *= 4;
        c.ratio += 1.25f;
        return c.depth + (c.seen ? 100 : 0) + c.mark + c.tiny + c.hits + (long) (c.weight * 1000) + (long) (c.ratio * 100);
    }

    public static long tArrays() {
        long[] longs = new long[10];
        byte[] bytes = new byte[300];
        char[] chars = new char[4];
        int[][] grid = new int[3][];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = (long) i * i * 1000000007L;
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        chars[1] = 'z';
        for (int i = 0; i < grid.length; i++) {
            grid[i] = new int[i + 2];
            grid[i][i] = i * 7;
        }
        long sum = 0;
        for (long l : longs) {
            sum ^= l;
        }
        for (byte b : bytes) {
            sum += b;
        }
        return sum + chars[1] + chars.length + grid[2][2] + grid[1].length;
    }

    public static int tInterfaces() {
        Named n = new Square(1, 9);
        Shape s = (Shape) n;
        Base b = (Base) s;
        b.hits = 5;
        s.area();
        return n.code() * 1000 + (int) b.hits;
    }

    public static int tArrayCovariance() {
        Square[] squares = {new Square(1, 1), new Square(2, 2)};
        Base[] bases = squares;
        Object[] objects = bases;
        Shape[] shapes = (Shape[]) objects;
        return shapes.length * 10 + (objects instanceof Square[] ? 1 : 0) + (objects instanceof Rect[] ? 100 : 0);
    }
}
