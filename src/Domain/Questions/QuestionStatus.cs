namespace AdviceIntake.Domain.Questions;

public enum QuestionStatus
{
    Received = 0,
    BeingAnswered = 1,
    Answered = 2,
}
