package eu.convivio.training.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** CDI's synchronous event delivery without a container: each fired notice goes to the observers given, in the caller's transaction. */
final class NoticeEvents implements Event<TrainingNotice> {

    final List<TrainingNotice> fired = new ArrayList<>();
    private final List<Consumer<TrainingNotice>> observers = new ArrayList<>();

    NoticeEvents observedBy(Consumer<TrainingNotice> observer) {
        observers.add(observer);
        return this;
    }

    @Override
    public void fire(TrainingNotice event) {
        fired.add(event);
        observers.forEach(o -> o.accept(event));
    }

    @Override
    public <U extends TrainingNotice> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TrainingNotice> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Event<TrainingNotice> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TrainingNotice> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TrainingNotice> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
