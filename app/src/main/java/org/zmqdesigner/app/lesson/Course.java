package org.zmqdesigner.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.lesson.Lesson;
import org.zmqdesigner.engine.lesson.LessonLibrary;
import org.zmqdesigner.engine.text.Texts;

/**
 * The lessons the designer offers, in course order, and the files that would not load (said in
 * the panel, so a teacher sees why their lesson is missing). Loaded once, when the panel first shows.
 */
final class Course {

    private static final Texts TEXTS = Texts.of(Course.class);

    private final List<Lesson> lessons = new ArrayList<>();
    private final List<String[]> broken = new ArrayList<>();

    static Course discover() {
        Course course = new Course();
        LessonLibrary.discover().ifPresent(library -> library.entries().forEach(entry -> {
            if (entry.asLesson().isPresent()) {
                course.lessons.add(entry.asLesson().get());
            } else {
                course.broken.add(new String[] {entry.file().getFileName().toString(), entry.problem()});
            }
        }));
        return course;
    }

    List<Lesson> lessons() {
        return List.copyOf(lessons);
    }

    /** The lesson's place in the course, from 1. */
    int position(Lesson lesson) {
        return lessons.indexOf(lesson) + 1;
    }

    Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    Optional<Lesson> after(Lesson lesson) {
        int at = lessons.indexOf(lesson);
        return at >= 0 && at + 1 < lessons.size() ? Optional.of(lessons.get(at + 1)) : Optional.empty();
    }

    /** "06-pipeline.zmqlesson could not be loaded: …", in the current language. */
    List<String> problems() {
        return broken.stream().map(b -> TEXTS.get("course.broken", b[0], b[1])).toList();
    }
}
